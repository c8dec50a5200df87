package se.isu.cases.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.views.CasesView;
import se.isu.forms.FormVersion;
import se.isu.forms.Rule;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * A registrar's round in the Registrering perspective: a closed SU-X 2021 case of Söderhamn is entered
 * through the editor generated from the form, checked as it is typed, saved, found again after the
 * store was closed and opened from disk, and found in the navigator under its municipality and year.
 */
@TestMethodOrder(OrderAnnotation.class)
class CasesUiTest {

    private static final String REGISTRATION_PERSPECTIVE = "se.isu.ui.perspectives.registration";
    private static final String MUNICIPALITY = "Söderhamn";
    private static final String CASE_ID = "SH-2021-017";
    private static final String DRAFT_ID = "SH-2021-018";

    private static IWorkbenchPage registration() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window);
        window.getShell().setSize(1280, 960);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(REGISTRATION_PERSPECTIVE, window);
        flush();
        return page;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    private static void type(Text field, String text) {
        field.setText(text);
        flush();
    }

    /** A click as the user makes it: a radio button also clears its siblings, each told of the change. */
    private static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && other != button && (other.getStyle() & SWT.RADIO) != 0
                        && other.getSelection()) {
                    other.setSelection(false);
                    other.notifyListeners(SWT.Selection, new Event());
                }
            }
            button.setSelection(true);
        } else {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    private static CaseEditor newSuxCase(IWorkbenchPage page) {
        CasesView.open(page, CaseEditorInput.newCase(MUNICIPALITY, "su-x", "2021"));
        flush();
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof CaseEditor, "the case editor opened: " + editor);
        return (CaseEditor) editor;
    }

    private static String ruleMessage(FormVersion version, String ruleId) {
        return version.getRules().stream().filter(r -> r.getId().equals(ruleId)).map(Rule::getMessage).findFirst()
                .orElseThrow();
    }

    private static List<String> problemMessages(CaseEditor editor) {
        return editor.problems().stream().map(p -> p.message()).toList();
    }

    /** A PNG of the workbench window as it is drawn now, under target/screenshots. */
    private static Path screenshot(String name) throws Exception {
        flush();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.forceActive();
        flush();
        Thread.sleep(300);
        flush();
        Point size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path file = Path.of("target", "screenshots", name);
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    private static TreeItem child(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + prefix + " among "
                        + Arrays.stream(items).map(TreeItem::getText).toList()));
    }

    @Test
    @Order(1)
    void aClosedCaseIsEnteredCheckedAndSaved() throws Exception {
        IWorkbenchPage page = registration();
        assertNotNull(page.findView(CasesView.ID), "the navigator is part of Registrering");
        CaseEditor editor = newSuxCase(page);
        FormVersion version = editor.formVersion();
        assertEquals(MUNICIPALITY, editor.municipalityField().getText());
        assertTrue(editor.problems().stream().anyMatch(p -> p.error()), "an empty case is not complete");
        assertFalse(editor.isDirty());

        type(editor.caseIdField(), CASE_ID);
        assertTrue(editor.isDirty(), "typing makes the editor dirty");
        type(editor.textField("alder"), "25");
        assertTrue(problemMessages(editor).contains(ruleMessage(version, "alder_0_20")), "the form's range rule speaks");
        assertTrue(editor.decorated("alder"));
        type(editor.textField("alder"), "9");
        assertFalse(problemMessages(editor).contains(ruleMessage(version, "alder_0_20")));
        assertFalse(editor.decorated("alder"));

        click(editor.option("kon", 2));
        click(editor.option("fodelseland", 1));
        click(editor.option("tidigare_aktuell", 1));
        type(editor.textField("aktualiseringsdatum"), "2021-02-01");
        type(editor.textField("startdatum"), "2021-02-15");
        type(editor.textField("avslutsdatum"), "2021-13-40");
        assertTrue(editor.listedMessages().stream().anyMatch(m -> m.contains("ÅÅÅÅ-MM-DD")), editor.listedMessages().toString());

        assertNull(editor.option("problematik", 6), "a retired option is not offered for a new case");
        click(editor.option("problematik", 1));
        click(editor.option("problematik", 4));
        click(editor.option("problematik", 9));
        assertEquals("", editor.note("problematik"));
        click(editor.option("problematik", 10));
        assertFalse(editor.option("problematik", 10).getSelection(), "the fourth problem area is refused");
        assertTrue(editor.note("problematik").contains("Högst 3"), editor.note("problematik"));

        click(editor.option("insatser", 3));
        Text comment = editor.commentField("insatser", 6);
        assertFalse(comment.isVisible(), "the comment field waits for its option");
        click(editor.option("insatser", 6));
        assertTrue(comment.isVisible(), "an option that asks for a comment shows its field");
        type(comment, "Stödsamtal i skolan");
        click(editor.option("avslutsorsak", 1));

        type(editor.textField("avslutsdatum"), "2021-02-10");
        String order = ruleMessage(version, "start_fore_avslut");
        assertEquals(List.of(order), problemMessages(editor), "only the date order is left to correct");
        assertTrue(editor.listedMessages().contains(order));
        assertTrue(editor.decorated("avslutsdatum"));
        assertTrue(editor.statusText().contains("utkast"), editor.statusText());
        editor.reveal("avslutsdatum");
        screenshot("case-editor-date-rule.png");

        type(editor.textField("avslutsdatum"), "2021-09-30");
        assertEquals(List.of(), editor.problems());
        assertFalse(editor.decorated("avslutsdatum"));

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        flush();
        assertFalse(editor.isDirty(), "Ctrl+S saved the case");
        CaseRecord saved = editor.storedCase();
        assertNotNull(saved);
        assertFalse(saved.draft(), "a complete case is not a draft");
        assertFalse(editor.caseIdField().getEditable(), "a stored case keeps its case id");
        assertTrue(page.closeEditor(editor, false));
    }

    @Test
    @Order(2)
    void theCaseIsOnDiskWithItsAnswers() throws Exception {
        List<FormVersion> suxVersions = CasesUiPlugin.getDefault().store().registeredVersions().stream()
                .filter(v -> v.getFormId().equals("su-x")).toList();
        // Closing the workbench's store and opening another on the same folder stands in for a restart.
        CasesUiPlugin.getDefault().closeStore();
        try (CaseStore fresh = DerbyCaseStore.open(StoreLocation.defaultStoreFolder())) {
            // A case is looked up across every version of its form, so the store must know them all.
            for (FormVersion version : suxVersions) {
                fresh.register(version);
            }
            CaseRecord record = fresh.find(MUNICIPALITY, "su-x", CASE_ID).orElseThrow();
            assertEquals("2021", record.formVersion());
            assertFalse(record.draft());
            Answers expected = Answers.builder()
                    .integer("alder", 9)
                    .choice("kon", 2)
                    .choice("fodelseland", 1)
                    .date("aktualiseringsdatum", LocalDate.of(2021, 2, 1))
                    .date("startdatum", LocalDate.of(2021, 2, 15))
                    .choice("tidigare_aktuell", 1)
                    .choices("problematik", Set.of(1, 4, 9))
                    .put("insatser", MultipleChoice.of(3, 6).withComment(6, "Stödsamtal i skolan"))
                    .date("avslutsdatum", LocalDate.of(2021, 9, 30))
                    .choice("avslutsorsak", 1)
                    .build();
            assertEquals(expected, record.answers());
            assertEquals(1, fresh.count(CaseQuery.forAnalysis().withMunicipality(MUNICIPALITY).withClosingYear(2021)));
        }
    }

    @Test
    @Order(3)
    void theNavigatorListsTheCaseUnderItsMunicipalityAndYear() throws Exception {
        IWorkbenchPage page = registration();
        CasesView view = (CasesView) page.findView(CasesView.ID);
        view.refresh();
        view.viewer().expandAll();
        flush();
        TreeItem municipality = child(view.viewer().getTree().getItems(), MUNICIPALITY);
        assertEquals(MUNICIPALITY + " (1)", municipality.getText());
        TreeItem year = child(municipality.getItems(), "2021");
        assertEquals("2021 (1)", year.getText());
        TreeItem item = child(year.getItems(), CASE_ID);
        assertFalse(item.getText().contains("utkast"), item.getText());

        view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(item.getData()));
        view.viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
        flush();
        IEditorPart opened = page.getActiveEditor();
        assertTrue(opened instanceof CaseEditor, "opening a case opens the editor: " + opened);
        CaseEditor editor = (CaseEditor) opened;
        assertFalse(editor.isDirty(), "a case just opened has nothing to save");
        assertEquals("9", editor.textField("alder").getText());
        assertTrue(editor.option("problematik", 9).getSelection());
        assertEquals("Stödsamtal i skolan", editor.commentField("insatser", 6).getText());
        assertEquals(List.of(), editor.problems());
        screenshot("case-navigator.png");
        type(editor.textField("alder"), "10");
        assertTrue(editor.isDirty());
        type(editor.textField("alder"), "9");
        assertFalse(editor.isDirty(), "typing the stored value back leaves nothing to save");
        assertTrue(page.closeEditor(editor, false));
    }

    @Test
    @Order(4)
    void anIncompleteCaseIsSavedAsADraftAndKeptOutOfAnalyses() throws Exception {
        IWorkbenchPage page = registration();
        CaseEditor editor = newSuxCase(page);
        type(editor.caseIdField(), DRAFT_ID);
        type(editor.textField("alder"), "12");
        type(editor.textField("aktualiseringsdatum"), "2021-11-03");
        assertTrue(editor.problems().stream().anyMatch(p -> p.error()));

        editor.doSave(null);
        flush();
        assertFalse(editor.isDirty());
        assertTrue(editor.storedCase().draft(), "a case with errors is stored as a draft");
        assertTrue(editor.getPartName().contains("utkast"), editor.getPartName());
        assertTrue(page.closeEditor(editor, false));

        CaseStore store = CasesUiPlugin.getDefault().store();
        assertEquals(2, store.count(CaseQuery.all().withMunicipality(MUNICIPALITY)));
        assertEquals(1, store.count(CaseQuery.forAnalysis().withMunicipality(MUNICIPALITY)), "drafts stay out of analyses");

        CasesView view = (CasesView) page.findView(CasesView.ID);
        view.viewer().expandAll();
        flush();
        TreeItem municipality = child(view.viewer().getTree().getItems(), MUNICIPALITY);
        assertEquals(MUNICIPALITY + " (2)", municipality.getText(), "the navigator read the store again after the save");
        TreeItem open = child(municipality.getItems(), "Utan avslutsdatum");
        TreeItem draft = child(open.getItems(), DRAFT_ID);
        assertTrue(draft.getText().endsWith("utkast"), draft.getText());
    }
}
