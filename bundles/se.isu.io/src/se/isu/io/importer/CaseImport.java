package se.isu.io.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.Question;
import se.isu.forms.TextQuestion;
import se.isu.io.importer.CellParser.CellException;
import se.isu.io.importer.ColumnMapping.Answer;
import se.isu.io.importer.ColumnMapping.CaseId;
import se.isu.io.importer.ColumnMapping.Comment;
import se.isu.io.importer.ColumnMapping.Municipality;
import se.isu.io.importer.ColumnMapping.OptionFlag;
import se.isu.io.importer.ImportSummary.Outcome;
import se.isu.io.internal.Messages;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.store.ImportResult;
import se.isu.store.StoreException;
import se.isu.store.validation.CaseProblem;
import se.isu.store.validation.CaseValidator;

/**
 * Imports the cases of one file into the store, for one municipality and form version. Every row is
 * checked against the form before anything is stored; then the cases are stored in one transaction
 * through {@link CaseStore#upsertAll}, so a failure leaves the store as it was. A case id already
 * stored is updated, never duplicated.
 */
public final class CaseImport {

    /** What to do when rows are rejected. */
    public enum Mode {
        /** Store nothing. */
        ALL_OR_NOTHING,
        /** Store the valid rows; the rejected ones go to the quarantine file, when one is given. */
        VALID_ROWS
    }

    private final ImportSource source;
    private final FormVersion version;
    private final String municipality;
    private final String fileName;
    private final CaseValidator validator;
    private final String keyVariable;
    private ColumnMapping mapping;
    private Mode mode = Mode.ALL_OR_NOTHING;
    private Path quarantine;

    public CaseImport(ImportSource source, FormVersion version, String municipality) {
        this.source = Objects.requireNonNull(source, "source");
        this.version = Objects.requireNonNull(version, "version");
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.fileName = source.file().getFileName().toString();
        this.validator = new CaseValidator(version);
        this.keyVariable = version.allQuestions().stream().filter(q -> q instanceof TextQuestion text && text.isKey())
                .map(Question::getVariableId).findFirst().orElse(null);
    }

    /** Uses {@code chosen} instead of the mapping found from the headers. */
    public CaseImport mapping(ColumnMapping chosen) {
        this.mapping = chosen;
        return this;
    }

    public CaseImport mode(Mode chosen) {
        this.mode = Objects.requireNonNull(chosen, "mode");
        return this;
    }

    /** Where rejected rows are written in {@link Mode#VALID_ROWS}: the input's format plus a reason column. */
    public CaseImport quarantine(Path file) {
        this.quarantine = file;
        return this;
    }

    /** The mapping the import uses: the one given, else the one found from the file's first row. */
    public ColumnMapping mapping() throws ImportException {
        if (mapping == null) {
            List<List<String>> header = new ArrayList<>();
            try {
                source.read((row, cells) -> {
                    header.add(cells);
                    throw new HeaderRead();
                });
            } catch (HeaderRead done) {
                // Only the first row was wanted.
            }
            if (header.isEmpty()) {
                throw new ImportException(new ImportProblem(fileName, 0, null, null, Messages.emptyFile));
            }
            mapping = ColumnMapping.automatic(version, header.get(0));
        }
        return mapping;
    }

    /** Ends a read after the header row. */
    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    /** The rows checked: the cases that can be stored and the problems of the others. */
    private final class Check {
        /** Rows only, not their cases, so the check needs little memory however long the file. */
        final Set<Integer> accepted = new HashSet<>();
        final Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<String, Integer> caseRows = new HashMap<>();
        final Set<Integer> duplicates = new HashSet<>();
        boolean personnummer;

        void reject(ImportProblem problem) {
            problems.add(problem);
            reasons.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(
                    problem.column() == null ? problem.message() : problem.column() + ": " + problem.message());
            accepted.remove(problem.row());
        }
    }

    /** Checks every row and returns what would happen, storing nothing. */
    public ImportSummary check() throws ImportException {
        Check check = checkRows();
        Outcome outcome = check.personnummer ? Outcome.PERSONNUMMER
                : mode == Mode.ALL_OR_NOTHING && !check.reasons.isEmpty() ? Outcome.REFUSED : Outcome.STORED;
        return new ImportSummary(outcome, 0, 0, 0, check.reasons.size(), check.problems, mapping.unmapped(), null);
    }

    /** Checks every row, then stores the cases as the mode says, in one transaction. */
    public ImportSummary run(CaseStore store) throws ImportException {
        Check check = checkRows();
        List<String> unmapped = mapping.unmapped();
        int rejected = check.reasons.size();
        if (check.personnummer) {
            return new ImportSummary(Outcome.PERSONNUMMER, 0, 0, 0, rejected, check.problems, unmapped, null);
        }
        if (mode == Mode.ALL_OR_NOTHING && rejected > 0) {
            return new ImportSummary(Outcome.REFUSED, 0, 0, 0, rejected, check.problems, unmapped, null);
        }
        Path written = null;
        if (mode == Mode.VALID_ROWS && quarantine != null && rejected > 0) {
            writeQuarantine(check.reasons);
            written = quarantine;
        }
        try {
            store.register(version);
            Set<Integer> changed = new HashSet<>();
            readAccepted(check.accepted, (row, record) -> {
                try {
                    Optional<CaseRecord> stored = store.find(record.municipality(), record.formId(), record.caseId());
                    if (stored.isEmpty() || !sameCase(stored.get(), record)) {
                        changed.add(row);
                    }
                } catch (StoreException e) {
                    throw new StoreFailure(e);
                }
            });
            ImportResult result = changed.isEmpty() ? new ImportResult(0, 0) : upsert(store, changed);
            return new ImportSummary(Outcome.STORED, result.created(), result.updated(), check.accepted.size() - changed.size(),
                    rejected, check.problems, unmapped, written);
        } catch (StoreException | StoreFailure e) {
            if (written != null) {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException ignored) {
                    // The quarantine only lists rows; left behind it misleads no store.
                }
            }
            List<ImportProblem> problems = new ArrayList<>(check.problems);
            String reason = e instanceof StoreFailure failure ? failure.getCause().getMessage() : e.getMessage();
            problems.add(new ImportProblem(fileName, 0, null, null, NLS.bind(Messages.storeFailed, reason)));
            return new ImportSummary(Outcome.FAILED, 0, 0, 0, rejected, problems, unmapped, null);
        }
    }

    /** A store failure carried out of a row handler, which may only throw {@link ImportException}. */
    private static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(Exception cause) {
            super(cause);
        }
    }

    /** Receives the case of an accepted row. */
    @FunctionalInterface
    private interface RecordHandler {
        void record(int row, CaseRecord record) throws ImportException;
    }

    /** Reads the file again and hands over the cases of {@code rows}, built as the check built them. */
    private void readAccepted(Set<Integer> rows, RecordHandler handler) throws ImportException {
        ColumnMapping columns = mapping();
        int caseColumn = columns.caseIdColumn();
        source.read((rowNumber, cells) -> {
            if (rows.contains(rowNumber)) {
                CaseRecord record = checkRow(rowNumber, cells, columns, caseColumn, new Check());
                if (record == null) {
                    throw new ImportException(new ImportProblem(fileName, rowNumber, null, null, Messages.fileChanged));
                }
                handler.record(rowNumber, record);
            }
        });
    }

    /**
     * Stores the cases of {@code rows} in one {@link CaseStore#upsertAll}, reading them from the file
     * while the store writes: a reader thread hands them over through a small queue, so a file of a
     * million rows never has to fit in memory.
     */
    private ImportResult upsert(CaseStore store, Set<Integer> rows) throws StoreException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
        Object end = new Object();
        Thread reader = new Thread(() -> {
            Object last = end;
            try {
                readAccepted(rows, (row, record) -> put(queue, record));
            } catch (ImportException | RuntimeException e) {
                last = e;
            }
            try {
                put(queue, last);
            } catch (ImportException interrupted) {
                // The store has stopped taking cases; nobody waits for the end.
            }
        }, "isu-import " + fileName);
        reader.setDaemon(true);
        reader.start();
        Iterable<CaseRecord> records = () -> new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StoreFailure(e);
                    }
                }
                if (next instanceof Exception e) {
                    throw new StoreFailure(e);
                }
                return next != end;
            }

            @Override
            public CaseRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CaseRecord record = (CaseRecord) next;
                next = null;
                return record;
            }
        };
        try {
            return store.upsertAll(records);
        } finally {
            reader.interrupt();
        }
    }

    private void put(BlockingQueue<Object> queue, Object item) throws ImportException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(new ImportProblem(fileName, 0, null, null, Messages.cancelled), e);
        }
    }

    private static boolean sameCase(CaseRecord stored, CaseRecord imported) {
        return stored.formVersion().equals(imported.formVersion()) && stored.draft() == imported.draft()
                && Objects.equals(stored.unit(), imported.unit()) && stored.answers().equals(imported.answers());
    }

    private Check checkRows() throws ImportException {
        ColumnMapping columns = mapping();
        int caseColumn = columns.caseIdColumn();
        if (caseColumn < 0) {
            throw new ImportException(new ImportProblem(fileName, 1, null, null, Messages.noCaseIdColumn));
        }
        Check check = new Check();
        source.read((rowNumber, cells) -> {
            if (rowNumber == 1) {
                checkPersonnummer(rowNumber, cells, columns, check);
            } else if (!cells.stream().allMatch(String::isBlank)) {
                if (checkRow(rowNumber, cells, columns, caseColumn, check) != null) {
                    check.accepted.add(rowNumber);
                }
            }
        });
        return check;
    }

    /** The case of a row, or null when the row has a problem, which {@code check} then holds. */
    private CaseRecord checkRow(int row, List<String> cells, ColumnMapping columns, int caseColumn, Check check) {
        int before = check.problems.size();
        if (checkPersonnummer(row, cells, columns, check)) {
            return null;
        }
        if (cells.size() > columns.headers().size()
                && cells.subList(columns.headers().size(), cells.size()).stream().anyMatch(s -> !s.isBlank())) {
            check.reject(new ImportProblem(fileName, row, null, null,
                    NLS.bind(Messages.moreCellsThanHeaders, cells.size(), columns.headers().size())));
        }
        String caseId = cell(cells, caseColumn).strip();
        Answers.Builder answers = Answers.builder();
        Map<String, SortedSet<Integer>> flags = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        Map<String, SortedMap<Integer, String>> comments = new LinkedHashMap<>();
        Map<String, String> commentHeaders = new HashMap<>();
        for (int c = 0; c < columns.headers().size(); c++) {
            String value = cell(cells, c);
            ColumnMapping.Target target = columns.target(c);
            try {
                if (target instanceof Municipality && !value.isBlank() && !value.strip().equalsIgnoreCase(municipality)) {
                    check.reject(new ImportProblem(fileName, row, header(columns, c), value,
                            NLS.bind(Messages.otherMunicipality, municipality)));
                } else if (target instanceof Answer answer) {
                    Question question = version.findQuestion(answer.variableId());
                    AnswerValue parsed = CellParser.parse(question, value);
                    if (parsed instanceof MultipleChoice multiple) {
                        flags.computeIfAbsent(answer.variableId(), v -> new TreeSet<>()).addAll(multiple.codes());
                    } else if (parsed != null) {
                        answers.put(answer.variableId(), parsed);
                    }
                } else if (target instanceof Comment comment && !value.isBlank()) {
                    comments.computeIfAbsent(comment.variableId(), v -> new TreeMap<>()).put(comment.code(), value.strip());
                    commentHeaders.put(comment.variableId() + ":" + comment.code(), header(columns, c));
                } else if (target instanceof OptionFlag flag) {
                    SortedSet<Integer> codes = flags.computeIfAbsent(flag.variableId(), v -> new TreeSet<>());
                    if (CellParser.flag(version.findQuestion(flag.variableId()), value)) {
                        codes.add(flag.code());
                    }
                }
            } catch (CellException e) {
                if (target instanceof Answer answer) {
                    unreadable.add(answer.variableId());
                } else if (target instanceof OptionFlag flag) {
                    unreadable.add(flag.variableId());
                }
                check.reject(new ImportProblem(fileName, row, header(columns, c), value, e.getMessage()));
            }
        }
        flags.forEach((variableId, codes) -> {
            if (!codes.isEmpty()) {
                answers.put(variableId, new MultipleChoice(codes, new TreeMap<>()));
            }
        });
        Answers built = withComments(answers.build(), comments, row, commentHeaders, check);
        for (CaseProblem problem : validator.validate(caseId, built)) {
            // An answer that could not be read has been reported already; "missing" would only confuse.
            if (problem.error() && !unreadable.contains(problem.variableId())) {
                String column = problem.variableId() == null ? null
                        : problem.variableId().equals(keyVariable) ? header(columns, caseColumn) : columns.headerOf(problem.variableId());
                String value = column == null ? null : valueOf(cells, columns, column);
                check.reject(new ImportProblem(fileName, row, column, value, problem.message()));
            }
        }
        if (caseId.isEmpty()) {
            return null;
        }
        Integer first = check.caseRows.putIfAbsent(caseId, row);
        if (first != null) {
            // Which of the rows is right only the registrar can tell, so none of them is imported.
            String header = header(columns, caseColumn);
            if (check.duplicates.add(first)) {
                check.reject(new ImportProblem(fileName, first, header, caseId, NLS.bind(Messages.duplicateCaseId, row)));
            }
            check.reject(new ImportProblem(fileName, row, header, caseId, NLS.bind(Messages.duplicateCaseId, first)));
            return null;
        }
        return check.problems.size() == before
                ? CaseRecord.of(municipality, null, version.getFormId(), version.getVersion(), caseId, false, built) : null;
    }

    /**
     * The answers with the comments of the row put to their options; a comment to an option the row has
     * not chosen is a problem, since the registrar may have ticked the wrong option.
     */
    private Answers withComments(Answers answers, Map<String, SortedMap<Integer, String>> comments, int row,
            Map<String, String> headers, Check check) {
        if (comments.isEmpty()) {
            return answers;
        }
        Map<String, AnswerValue> values = new LinkedHashMap<>(answers.asMap());
        comments.forEach((variableId, byCode) -> byCode.forEach((code, text) -> {
            AnswerValue answer = values.get(variableId);
            if (answer instanceof MultipleChoice multiple && multiple.codes().contains(code)) {
                values.put(variableId, multiple.withComment(code, text));
            } else if (answer instanceof SingleChoice single && single.code() == code) {
                values.put(variableId, new SingleChoice(code, text));
            } else {
                Question question = version.findQuestion(variableId);
                String label = question instanceof ChoiceQuestion choice && choice.findOption(code) != null
                        ? choice.findOption(code).getLabel() : String.valueOf(code);
                check.reject(new ImportProblem(fileName, row, headers.get(variableId + ":" + code), text,
                        NLS.bind(Messages.commentWithoutChoice, label)));
            }
        }));
        Answers.Builder builder = Answers.builder();
        values.forEach(builder::put);
        return builder.build();
    }

    /** Whether a cell of the row holds a personnummer; each such cell is reported, masked. */
    private boolean checkPersonnummer(int row, List<String> cells, ColumnMapping columns, Check check) {
        boolean found = false;
        for (int c = 0; c < cells.size(); c++) {
            if (Personnummer.containsAny(cells.get(c))) {
                found = true;
                check.personnummer = true;
                check.reject(new ImportProblem(fileName, row, header(columns, c), cells.get(c), Messages.personnummer));
            }
        }
        return found;
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }

    private static String header(ColumnMapping columns, int column) {
        return column < columns.headers().size() ? columns.headers().get(column) : NLS.bind(Messages.columnNumber, column + 1);
    }

    private static String valueOf(List<String> cells, ColumnMapping columns, String header) {
        int column = columns.headers().indexOf(header);
        return column < 0 ? null : cell(cells, column);
    }

    /** Reads the file again and writes its rejected rows, each with its reasons, in the file's own format. */
    private void writeQuarantine(Map<Integer, List<String>> reasons) throws ImportException {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        source.read((rowNumber, cells) -> {
            if (rowNumber == 1) {
                header.addAll(cells);
                header.add(Messages.reasonColumn);
            } else if (reasons.containsKey(rowNumber)) {
                List<String> row = new ArrayList<>(cells);
                while (row.size() < header.size() - 1) {
                    row.add("");
                }
                row.add(String.join("; ", reasons.get(rowNumber)));
                rows.add(row);
            }
        });
        source.write(quarantine, header, rows);
    }
}
