package se.isu.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import se.isu.demo.internal.Cases2021;
import se.isu.demo.internal.Messages;
import se.isu.demo.internal.Report2020;
import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.TextQuestion;
import se.isu.forms.registry.FormRegistry;
import se.isu.io.importer.CaseImport;
import se.isu.io.importer.ImportException;
import se.isu.io.importer.ImportSummary;
import se.isu.io.xlsx.XlsxImporter;
import se.isu.io.xlsx.XlsxTableWriter;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;

/**
 * The demo data set: SU-X 2020 cases of Hudiksvall, Ovanåker and Söderhamn that reproduce the figures of
 * FoU-rapport 2021:2, and SU-X 2021 cases of six municipalities. It is made by code, the same every time,
 * written as the Excel workbooks a registrar would send (one per municipality and form version), and
 * loaded through the same import as any municipality's file. docs/demo-data.md tells what it contains.
 */
public final class DemoData {

    /** The form the demo data is recorded with. */
    public static final String FORM_ID = "su-x";

    /** The header of the municipality column of the workbooks. */
    static final String MUNICIPALITY_HEADER = "Kommun";

    /** A workbook of the demo data. */
    public record Workbook(Path file, String municipality, String formVersion, int cases) {
    }

    private DemoData() {
    }

    /** The 214 cases of 2020 that the report's figures come from. */
    public static List<DemoCase> cases2020() {
        return Report2020.cases();
    }

    /** The cases of 2021, six municipalities. */
    public static List<DemoCase> cases2021() {
        return Cases2021.cases();
    }

    /** All demo cases, 2020 first. */
    public static List<DemoCase> cases() {
        List<DemoCase> all = new ArrayList<>(cases2020());
        all.addAll(cases2021());
        return all;
    }

    /**
     * Writes the workbooks into {@code folder}: {@code <Kommun> SU-X <version>.xlsx}, one row per case, a
     * column per question headed by its text, choices by their labels (several in one cell separated by
     * "; "), dates as date cells, and a "Kommentar: <option>" column beside each option that asks for one.
     */
    public static List<Workbook> writeWorkbooks(FormRegistry forms, Path folder, IProgressMonitor monitor)
            throws IOException {
        List<DemoCase> cases = cases();
        Map<String, List<DemoCase>> byFile = cases.stream().collect(Collectors.groupingBy(
                c -> c.municipality() + "\u0000" + c.formVersion(), LinkedHashMap::new, Collectors.toList()));
        SubMonitor progress = SubMonitor.convert(monitor, Messages.writing, byFile.size());
        List<Workbook> written = new ArrayList<>();
        for (List<DemoCase> group : byFile.values()) {
            DemoCase first = group.get(0);
            FormVersion version = version(forms, first.formVersion());
            Path file = folder.resolve(first.municipality() + " SU-X " + first.formVersion() + ".xlsx");
            List<Column> columns = columns(version);
            List<List<Object>> rows = new ArrayList<>();
            for (DemoCase c : group) {
                List<Object> row = new ArrayList<>();
                for (Column column : columns) {
                    row.add(column.value(c));
                }
                rows.add(row);
            }
            XlsxTableWriter.write(file, "Ärenden", columns.stream().map(Column::header).toList(), rows);
            written.add(new Workbook(file, first.municipality(), first.formVersion(), group.size()));
            progress.worked(1);
        }
        return written;
    }

    /**
     * Writes the workbooks into {@code folder} and imports them into {@code store}, each file all or
     * nothing. Refuses a store that holds any case, so that demo cases never mix with real ones.
     *
     * @param where the store's folder, for the message when it is not empty
     * @return the summary of each file's import
     * @throws DemoException when the store is not empty, a form version is missing or a file is refused
     */
    public static List<ImportSummary> load(CaseStore store, String where, FormRegistry forms, Path folder,
            IProgressMonitor monitor) throws DemoException, IOException, StoreException {
        int stored = store.count(CaseQuery.all());
        if (stored > 0) {
            throw new DemoException(NLS.bind(Messages.storeNotEmpty, where, stored));
        }
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        List<Workbook> workbooks = writeWorkbooks(forms, folder, progress.split(2));
        SubMonitor importing = progress.split(8).setWorkRemaining(workbooks.size());
        List<ImportSummary> summaries = new ArrayList<>();
        List<Workbook> loaded = new ArrayList<>();
        try {
            for (Workbook workbook : workbooks) {
                summaries.add(load(store, forms, workbook, importing));
                loaded.add(workbook);
            }
        } catch (DemoException | StoreException | IOException e) {
            // Each file is imported in a transaction of its own: take back the files stored before, so that
            // the store is as empty as it was.
            for (DemoCase c : cases()) {
                if (loaded.stream().anyMatch(w -> w.municipality().equals(c.municipality()) && w.formVersion().equals(c.formVersion()))) {
                    store.delete(c.municipality(), FORM_ID, c.caseId());
                }
            }
            throw e;
        }
        return summaries;
    }

    private static ImportSummary load(CaseStore store, FormRegistry forms, Workbook workbook, SubMonitor importing)
            throws DemoException, IOException, StoreException {
        importing.subTask(NLS.bind(Messages.importing, workbook.file().getFileName()));
        FormVersion version = version(forms, workbook.formVersion());
        store.register(version);
        try {
            ImportSummary summary = new CaseImport(new XlsxImporter().open(workbook.file()), version, workbook.municipality())
                    .mode(CaseImport.Mode.ALL_OR_NOTHING).run(store);
            if (summary.outcome() != ImportSummary.Outcome.STORED) {
                throw new DemoException(NLS.bind(Messages.importFailed, workbook.file().getFileName(), summary.problems()));
            }
            importing.worked(1);
            return summary;
        } catch (ImportException e) {
            throw new DemoException(NLS.bind(Messages.importFailed, workbook.file().getFileName(), e.getMessage()));
        }
    }

    private static FormVersion version(FormRegistry forms, String name) throws IOException {
        return forms.find(FORM_ID, name)
                .orElseThrow(() -> new IOException(NLS.bind(Messages.formMissing, FORM_ID + "-" + name)));
    }

    /** A column of a workbook: its header and how a case fills it. */
    private record Column(String header, java.util.function.Function<DemoCase, Object> value) {
        Object value(DemoCase c) {
            return value.apply(c);
        }
    }

    private static List<Column> columns(FormVersion version) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(MUNICIPALITY_HEADER, DemoCase::municipality));
        for (Question question : version.allQuestions()) {
            if (question.isRetired()) {
                continue;
            }
            String id = question.getVariableId();
            if (question instanceof TextQuestion text && text.isKey()) {
                columns.add(new Column(question.getText(), DemoCase::caseId));
                continue;
            }
            columns.add(new Column(question.getText(), c -> answer(question, c)));
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    if (option.isRequiresComment() && !option.isRetired()) {
                        int code = option.getCode();
                        columns.add(new Column("Kommentar: " + option.getLabel(), c -> comment(id, code, c)));
                    }
                }
            }
        }
        return columns;
    }

    /** The cell of a case for a question, as a registrar writes it. */
    private static Object answer(Question question, DemoCase c) {
        return switch (question.getVariableId()) {
            case "alder" -> c.age();
            case "kon" -> label(question, c.sex());
            case "fodelseland" -> c.birthplace() == 0 ? null : label(question, c.birthplace());
            case "aktualiseringsdatum" -> c.referral();
            case "startdatum" -> c.start();
            case "tidigare_aktuell" -> label(question, c.previous());
            case "problematik" -> labels(question, c.problemAreas());
            case "insatser" -> labels(question, c.interventions());
            case "avslutsdatum" -> c.end();
            case "avslutsorsak" -> label(question, c.endReason());
            default -> throw new IllegalArgumentException("the demo data has no answer to " + question.getVariableId());
        };
    }

    private static Object comment(String variableId, int code, DemoCase c) {
        SortedMap<Integer, String> comments = switch (variableId) {
            case "problematik" -> c.problemComments();
            case "insatser" -> c.interventionComments();
            default -> null;
        };
        if (comments != null) {
            return comments.get(code);
        }
        return "avslutsorsak".equals(variableId) && c.endReason() == code ? c.endReasonComment() : null;
    }

    private static String label(Question question, int code) {
        Option option = ((ChoiceQuestion) question).findOption(code);
        if (option == null) {
            throw new IllegalArgumentException(question.getVariableId() + " has no option " + code);
        }
        return option.getLabel();
    }

    private static String labels(Question question, SortedSet<Integer> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        MultipleChoiceQuestion multiple = (MultipleChoiceQuestion) question;
        return codes.stream().map(code -> label(multiple, code)).collect(Collectors.joining("; "));
    }
}
