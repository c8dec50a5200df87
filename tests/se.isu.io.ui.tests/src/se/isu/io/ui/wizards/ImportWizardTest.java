package se.isu.io.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.io.importer.ImportSummary;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.tests.support.Screenshots;

/**
 * The import wizard driven through its pages with its real widgets, as a registrar would: a file
 * with problems, the problems listed, the valid rows imported and the rejected ones in quarantine.
 */
class ImportWizardTest {

    private static final String KOMMUN = "Söderhamn";

    private static final String FILE_WITH_PROBLEMS = """
            arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak;Handläggare
            U-1;9;Flicka;2021-03-01;2021-03-08;Nej;Våld i familjen|Skolproblem;2021-10-01;1;Åsa
            U-2;12;Pojke;15/4/2021;;Ja, en gång tidigare;Beteendeproblem;2021-06-30;Insatsen påbörjades aldrig;Åsa
            U-3;9;Tjej;2021-03-01;;Nej;2;2021-10-01;1;Åsa
            U-4;9;Flicka;2021-03-01;;Nej;1;2021-02-01;1;Bo
            U-5;9;Flicka;2021-03-01;;Nej;1;2021-10-01;1;Bo
            U-5;10;Flicka;2021-03-01;;Nej;1;2021-10-01;1;Bo
            U-6;25;Pojke;2021-03-01;;Nej;1;2021-10-01;1;Bo
            """;

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    private static Path folder(String name) throws Exception {
        Path folder = Path.of("target", "import-wizard", name).toAbsolutePath();
        Files.createDirectories(folder);
        return folder;
    }

    private static Button button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void press(Shell shell, String label) {
        Button button = button(shell, label);
        assertNotNull(button, "a button " + label);
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    private static void choose(Combo combo, String item) {
        int index = combo.indexOf(item);
        assertTrue(index >= 0, item + " is offered among " + List.of(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    private static void choose(Button radio) {
        for (Control sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                other.setSelection(other == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    /** Presses OK in the next message dialog titled {@code title}, keeping its text. */
    private static AtomicReference<String> whenOpen(String title) {
        return whenOpen(title, null);
    }

    /**
     * Presses OK in the next message dialog titled {@code title}, keeping its text, after saving a PNG of it
     * as {@code picture} under target/screenshots when that is not null.
     */
    private static AtomicReference<String> whenOpen(String title, String picture) {
        AtomicReference<String> text = new AtomicReference<>();
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            private int tries;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (title.equals(shell.getText()) && shell.isVisible()) {
                        StringBuilder labels = new StringBuilder();
                        collectLabels(shell, labels);
                        if (picture != null) {
                            try {
                                Screenshots.save(shell, picture);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        text.set(labels.toString());
                        press(shell, IDialogConstants.OK_LABEL);
                        return;
                    }
                }
                if (++tries < 1200) {
                    display.timerExec(100, this);
                }
            }
        });
        return text;
    }

    private static void collectLabels(Composite parent, StringBuilder out) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                collectLabels(composite, out);
            }
        }
    }

    private static void waitFor(Job job, AtomicReference<String> dialogText) throws Exception {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 120_000;
        while ((job.getState() != Job.NONE || dialogText != null && dialogText.get() == null) && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        flush();
    }

    private static List<List<String>> rows(org.eclipse.swt.widgets.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                row.add(item.getText(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean listed(List<List<String>> problems, String row, String column, String value, String message) {
        return problems.stream().anyMatch(p -> p.get(0).equals("export.csv") && p.get(1).equals(row) && p.get(2).equals(column)
                && p.get(3).equals(value) && p.get(4).contains(message));
    }

    /** Opens the wizard and goes through file, form version and municipality (null: the one proposed) to the mapping page. */
    private static WizardDialog toCheckPage(ImportWizard wizard, Path file, String municipality) {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        flush();
        Shell shell = dialog.getShell();
        assertEquals("Importera ärenden", shell.getText());
        assertFalse(button(shell, IDialogConstants.NEXT_LABEL).isEnabled(), "no file, no next page");
        wizard.filePage().fileField().setText(file.toString());
        flush();
        press(shell, IDialogConstants.NEXT_LABEL);

        FormPage form = wizard.formPage();
        assertEquals(form, dialog.getCurrentPage());
        choose(form.versionCombo(), se.isu.cases.ui.editors.CaseEditor.versionLabel(wizard.formPage().versions().stream()
                .filter(v -> v.getFormId().equals("su-x") && v.getVersion().equals("2020")).findFirst().orElseThrow()));
        if (municipality != null) {
            choose(form.municipalityCombo(), municipality);
        }
        press(shell, IDialogConstants.NEXT_LABEL);
        assertEquals(wizard.mappingPage(), dialog.getCurrentPage());
        return dialog;
    }

    @Test
    void aFileWithProblemsIsCheckedItsValidRowsImportedAndItsRejectedRowsQuarantined() throws Exception {
        Path folder = folder("problems");
        Path file = folder.resolve("export.csv");
        Files.writeString(file, FILE_WITH_PROBLEMS, StandardCharsets.UTF_8);
        Path expectedQuarantine = folder.resolve("export-avvisade.csv");
        Files.deleteIfExists(expectedQuarantine);
        for (String caseId : List.of("U-1", "U-2", "U-3", "U-4", "U-5", "U-6")) {
            // The store lives in target/isu-home, which only a clean build starts afresh.
            CasesUiPlugin.getDefault().store().delete(KOMMUN, "su-x", caseId);
        }
        ImportWizard wizard = new ImportWizard(se.isu.io.importer.ImporterRegistry.fromExtensions(
                org.eclipse.core.runtime.Platform.getExtensionRegistry()), folder.resolve("profiles"));
        WizardDialog dialog = toCheckPageReady(wizard, file);
        Shell shell = dialog.getShell();

        CheckPage check = wizard.checkPage();
        assertEquals(check, dialog.getCurrentPage());
        List<List<String>> preview = rows(check.previewTable());
        assertEquals(7, preview.size(), "all seven rows fit the preview");
        assertEquals(List.of("2", "U-1", "9", "Flicka"), preview.get(0).subList(0, 4), "numbered as a spreadsheet numbers them");
        List<List<String>> problems = rows(check.problemsTable());
        assertTrue(listed(problems, "4", "kon", "Tjej", "är inte ett svarsalternativ"), "unknown label: " + problems);
        assertTrue(listed(problems, "5", "avslutsdatum", "2021-02-01", "Ärendet kan inte ha avslutats"), "date order: " + problems);
        assertTrue(listed(problems, "6", "arende_id", "U-5", "rad 7"), "duplicate case id, first row: " + problems);
        assertTrue(listed(problems, "7", "arende_id", "U-5", "rad 6"), "duplicate case id, second row: " + problems);
        assertTrue(listed(problems, "8", "alder", "25", "mellan 0 och 20"), "age range: " + problems);
        assertEquals(5, check.checked().rejected());
        assertTrue(check.problemDetail().getText().startsWith("export.csv, rad 4, kolumn \"kon\", värde \"Tjej\": Fråga 2: "),
                "the first problem is shown whole: " + check.problemDetail().getText());
        assertEquals(expectedQuarantine.toString(), check.quarantineField().getText(), "the quarantine goes beside the file");
        assertTrue(check.quarantineButton().getSelection(), "quarantine is the proposed choice");
        Path picture = Screenshots.save(shell, "import-wizard.png");
        assertTrue(Files.size(picture) > 10_000, "the problems page was drawn");
        assertFalse(Files.exists(expectedQuarantine), "the check writes nothing");
        assertTrue(CasesUiPlugin.getDefault().store().find(KOMMUN, "su-x", "U-1").isEmpty(), "the check stores nothing");

        choose(check.quarantineButton());
        AtomicReference<String> summaryText = whenOpen("Import klar", "import-summary.png");
        press(shell, IDialogConstants.FINISH_LABEL);
        assertTrue(shell.isDisposed(), "the wizard closes while the job runs");
        ImportJob job = wizard.job();
        assertNotNull(job);
        waitFor(job, summaryText);

        ImportSummary summary = job.summary();
        assertNotNull(summary, "the job ran to its end");
        assertEquals(ImportSummary.Outcome.STORED, summary.outcome());
        assertEquals(List.of(2, 0, 0, 5), List.of(summary.created(), summary.updated(), summary.unchanged(), summary.rejected()));
        String shown = summaryText.get();
        assertNotNull(shown, "the summary was shown");
        assertTrue(shown.contains("Nya: 2") && shown.contains("Uppdaterade: 0") && shown.contains("Oförändrade: 0")
                && shown.contains("Avvisade: 5"), shown);
        assertTrue(shown.contains(expectedQuarantine.toString()), shown);
        assertTrue(shown.contains("Importen tog ") && shown.contains(" rader/s."), "the summary tells the import's time: " + shown);

        CaseStore store = CasesUiPlugin.getDefault().store();
        CaseRecord u1 = store.find(KOMMUN, "su-x", "U-1").orElseThrow();
        assertEquals("2020", u1.formVersion());
        assertEquals(KOMMUN, u1.municipality());
        assertFalse(u1.draft());
        assertEquals(Answers.builder().integer("alder", 9).choice("kon", 1).date("aktualiseringsdatum", LocalDate.of(2021, 3, 1))
                .date("startdatum", LocalDate.of(2021, 3, 8)).choice("tidigare_aktuell", 1).choices("problematik", Set.of(2, 10))
                .date("avslutsdatum", LocalDate.of(2021, 10, 1)).choice("avslutsorsak", 1).build(), u1.answers());
        CaseRecord u2 = store.find(KOMMUN, "su-x", "U-2").orElseThrow();
        assertEquals(Answers.builder().integer("alder", 12).choice("kon", 2).date("aktualiseringsdatum", LocalDate.of(2021, 4, 15))
                .choice("tidigare_aktuell", 2).choices("problematik", Set.of(9)).date("avslutsdatum", LocalDate.of(2021, 6, 30))
                .choice("avslutsorsak", 5).build(), u2.answers());
        for (String rejected : List.of("U-3", "U-4", "U-5", "U-6")) {
            assertTrue(store.find(KOMMUN, "su-x", rejected).isEmpty(), rejected + " was rejected");
        }

        assertTrue(Files.exists(expectedQuarantine), "the quarantine file was written");
        List<String> lines = Files.readAllLines(expectedQuarantine, StandardCharsets.UTF_8);
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("arende_id;alder;kon;") && lines.get(0).endsWith(";Orsak"), lines.get(0));
        assertEquals(List.of("U-3", "U-4", "U-5", "U-5", "U-6"), lines.subList(1, 6).stream().map(l -> l.split(";")[0]).toList());
        assertTrue(lines.get(1).contains("kon: ") && lines.get(1).contains("Tjej"), lines.get(1));
        assertTrue(lines.get(5).contains("alder: ") && lines.get(5).contains("mellan 0 och 20"), lines.get(5));
    }

    /** Goes to the check page, saving and using a column profile on the way. */
    private static WizardDialog toCheckPageReady(ImportWizard wizard, Path file) throws Exception {
        WizardDialog dialog = toCheckPage(wizard, file, KOMMUN);
        Shell shell = dialog.getShell();
        MappingPage mapping = wizard.mappingPage();
        List<Combo> combos = mapping.targetCombos();
        assertEquals(10, combos.size(), "one list per column");
        assertEquals("Ärende-id", combos.get(0).getText());
        assertTrue(combos.get(2).getText().startsWith("Fråga 2:"), combos.get(2).getText());
        assertEquals("Importeras inte", combos.get(9).getText(), "Handläggare is no question of the form");
        assertTrue(mapping.getMessage().contains("Handläggare"), "the unmapped column is named: " + mapping.getMessage());

        Screenshots.save(shell, "import-wizard-mapping.png");
        mapping.profileNameField().setText("Verksamhetssystemet");
        press(shell, "&Spara profil");
        assertTrue(Files.isRegularFile(se.isu.io.importer.ColumnMapping.profileFile(wizard.profileFolder(), KOMMUN,
                "Verksamhetssystemet")), "the profile is saved for the municipality");
        choose(combos.get(2), "Importeras inte");
        choose(combos.get(0), "Importeras inte");
        assertEquals("Välj vilken kolumn som innehåller ärende-id.", mapping.getErrorMessage());
        assertFalse(button(shell, IDialogConstants.NEXT_LABEL).isEnabled(), "no case id column, no check");
        assertEquals("Verksamhetssystemet", mapping.profileCombo().getText());
        press(shell, "&Använd");
        combos = mapping.targetCombos();
        assertEquals("Ärende-id", combos.get(0).getText(), "the profile gives the case id column back");
        assertTrue(combos.get(2).getText().startsWith("Fråga 2:"), "and the question of the third column");

        press(shell, IDialogConstants.NEXT_LABEL);
        return dialog;
    }

    private static Path bigFile(Path folder, int rows) throws Exception {
        StringBuilder text = new StringBuilder(
                "arende_id;alder;kon;aktualiseringsdatum;startdatum;tidigare_aktuell;problematik;avslutsdatum;avslutsorsak\n");
        for (int i = 0; i < rows; i++) {
            text.append("C-").append(i).append(";9;Flicka;2021-03-01;2021-03-08;Nej;2;2021-10-01;1\n");
        }
        Path file = folder.resolve("ockelbo.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void cancellingTheImportJobStoresNothing() throws Exception {
        int rows = 60_000;
        Path file = bigFile(folder("cancel"), rows);
        CaseStore store = CasesUiPlugin.getDefault().store();
        int before = store.count(CaseQuery.all());
        ImportWizard wizard = new ImportWizard(se.isu.io.importer.ImporterRegistry.fromExtensions(
                org.eclipse.core.runtime.Platform.getExtensionRegistry()), folder("cancel").resolve("profiles"));
        WizardDialog dialog = toCheckPage(wizard, file, null);
        assertEquals("Ockelbo", wizard.formPage().municipalityCombo().getText(), "proposed from the file's name");
        Shell shell = dialog.getShell();
        press(shell, IDialogConstants.NEXT_LABEL);
        assertEquals(0, wizard.checkPage().checked().problems().size());
        assertEquals(rows, wizard.checkPage().dataRows());

        AtomicReference<String> shown = whenOpen("Import klar");
        press(shell, IDialogConstants.FINISH_LABEL);
        ImportJob job = wizard.job();
        Display display = Display.getCurrent();
        while (job.getState() != Job.RUNNING && job.getResult() == null) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        job.cancel();
        waitFor(job, shown);

        assertTrue(job.wasCancelled(), "the job saw the cancel");
        assertEquals(null, job.summary());
        assertEquals("Importen avbröts. Ingenting har importerats.", shown.get().strip());
        assertEquals(before, store.count(CaseQuery.all()), "nothing stored");
        assertTrue(store.find("Ockelbo", "su-x", "C-0").isEmpty());
    }

    /** A monitor that cancels once {@code limit} rows were read. */
    private static final class CancelAfter extends org.eclipse.core.runtime.NullProgressMonitor {
        private final int limit;
        private final java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();

        CancelAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void worked(int work) {
            worked.addAndGet(work);
        }

        @Override
        public boolean isCanceled() {
            return worked.get() >= limit;
        }
    }

    @Test
    void aCancelWhileTheStoreWritesLeavesTheStoreAsItWas() throws Exception {
        int rows = 3_000;
        Path folder = folder("cancel-store");
        Path file = bigFile(folder, rows);
        se.isu.forms.FormVersion sux2020 = CasesUiPlugin.getDefault().publishedVersions().stream()
                .filter(v -> v.getFormId().equals("su-x") && v.getVersion().equals("2020")).findFirst().orElseThrow();
        try (se.isu.store.derby.DerbyCaseStore store = se.isu.store.derby.DerbyCaseStore.open(folder.resolve("store-" + System.nanoTime()))) {
            MonitoredSource source = new MonitoredSource(new se.isu.io.csv.CsvImporter().open(file));
            // One read of every row, each case going to the store while the next rows are read. Cancel half-way.
            source.monitor(new CancelAfter(rows / 2));
            se.isu.io.importer.ImportException cancelled = org.junit.jupiter.api.Assertions.assertThrows(
                    se.isu.io.importer.ImportException.class, () -> new se.isu.io.importer.CaseImport(source, sux2020, "Ockelbo")
                            .mode(se.isu.io.importer.CaseImport.Mode.VALID_ROWS).run(store));
            assertTrue(cancelled.getMessage().contains("Importen avbröts."), cancelled.getMessage());
            assertEquals(0, store.count(CaseQuery.all()), "the store's one transaction was rolled back");

            source.monitor(null);
            ImportSummary again = new se.isu.io.importer.CaseImport(source, sux2020, "Ockelbo")
                    .mode(se.isu.io.importer.CaseImport.Mode.VALID_ROWS).run(store);
            assertEquals(rows, again.created(), "without a cancel every row is stored");
            assertEquals(rows, store.count(CaseQuery.all()));
        }
    }

    @Test
    void arkivImporteraArendenOpensTheWizard() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.widgets.MenuItem arkiv = java.util.Arrays.stream(window.getMenuBar().getItems())
                .filter(i -> i.getText().replace("&", "").equals("Arkiv")).findFirst().orElseThrow(() -> new AssertionError("no Arkiv menu"));
        org.eclipse.swt.widgets.Menu menu = arkiv.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        flush();
        org.eclipse.swt.widgets.MenuItem item = java.util.Arrays.stream(menu.getItems())
                .filter(i -> i.getText().replace("&", "").startsWith("Importera ärenden…")).findFirst()
                .orElseThrow(() -> new AssertionError("no Importera ärenden… among "
                        + java.util.Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList()));
        menu.notifyListeners(SWT.Hide, new Event());
        AtomicReference<String> firstPage = new AtomicReference<>();
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            private int tries;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if ("Importera ärenden".equals(shell.getText()) && shell.isVisible()) {
                        StringBuilder labels = new StringBuilder();
                        collectLabels(shell, labels);
                        firstPage.set(labels.toString());
                        press(shell, IDialogConstants.CANCEL_LABEL);
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(100, this);
                }
            }
        });
        item.notifyListeners(SWT.Selection, new Event());
        flush();
        assertNotNull(firstPage.get(), "the wizard opened");
        assertTrue(firstPage.get().contains("Fil"), firstPage.get());
    }
}
