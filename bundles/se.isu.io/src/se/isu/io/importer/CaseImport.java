package se.isu.io.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.Question;
import se.isu.forms.TextQuestion;
import se.isu.io.importer.CellParser.CellException;
import se.isu.io.importer.CellParser.QuestionReader;
import se.isu.io.importer.ColumnMapping.Answer;
import se.isu.io.importer.ColumnMapping.CaseId;
import se.isu.io.importer.ColumnMapping.Comment;
import se.isu.io.importer.ColumnMapping.Municipality;
import se.isu.io.importer.ColumnMapping.OptionFlag;
import se.isu.io.importer.ImportSummary.Outcome;
import se.isu.io.internal.Messages;
import se.isu.io.internal.Threads;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.ImportResult;
import se.isu.store.StoreException;
import se.isu.store.validation.CaseProblem;
import se.isu.store.validation.CaseValidator;

/**
 * Imports the cases of one file into the store, for one municipality and form version. Every row is
 * checked against the form, and the cases are stored in one transaction, so a failure, a cancel or a
 * rejected row (when nothing is to be stored then) leaves the store as it was. The file is read once:
 * the store writes the cases of the rows checked while the next rows are read (see {@link #run}). A
 * case id already stored is updated, never duplicated.
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

    /** Rejected rows whose cells are kept for the quarantine; with more, the file is read again to write it. */
    private static final int KEPT_REJECTED_ROWS = 10_000;

    /** The rows checked: which can be stored, the problems of the others, and what the quarantine needs. */
    private final class Check {
        /** Rows only, not their cases, so the check needs little memory however long the file. */
        final BitSet accepted = new BitSet();
        final Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        /** The row each case id was first seen on; null when duplicates are not looked for. */
        final CaseIds caseRows;
        final Set<Integer> duplicates = new HashSet<>();
        /** The cells of the rejected rows, in file order, while they are few; null once they are not. */
        TreeMap<Integer, List<String>> rejectedCells;
        boolean personnummer;
        /** A row whose case was accepted, and so handed to the store, was rejected afterwards. */
        boolean rejectedAfterAccepted;
        int dataRows;
        /** The header row's cells as the file has them. */
        List<String> header = List.of();

        Check(boolean findDuplicates, boolean keepRejected) {
            caseRows = findDuplicates ? new CaseIds() : null;
            rejectedCells = keepRejected ? new TreeMap<>() : null;
        }

        void reject(ImportProblem problem) {
            problems.add(problem);
            reasons.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(
                    problem.column() == null ? problem.message() : problem.column() + ": " + problem.message());
            accepted.clear(problem.row());
        }

        void keep(int row, List<String> cells) {
            if (rejectedCells != null && reasons.containsKey(row)) {
                rejectedCells.put(row, new ArrayList<>(cells));
                if (rejectedCells.size() > KEPT_REJECTED_ROWS) {
                    rejectedCells = null;
                }
            }
        }

        /** Whether the kept cells are those of every rejected row. */
        boolean keptEveryRejectedRow() {
            return rejectedCells != null && rejectedCells.keySet().equals(reasons.keySet());
        }
    }

    /** What the mapping makes of each column, worked out once for the whole file. */
    /**
     * How the columns of a file are read. {@code sole[c]}: column c is the only column of its multiple-choice
     * question, so its answer is taken as read rather than merged with the question's other columns.
     */
    private record Plan(ColumnMapping columns, int caseColumn, ColumnMapping.Target[] targets, QuestionReader[] readers,
            boolean[] sole) {
    }

    private Plan plan() throws ImportException {
        ColumnMapping columns = mapping();
        int caseColumn = columns.caseIdColumn();
        if (caseColumn < 0) {
            throw new ImportException(new ImportProblem(fileName, 1, null, null, Messages.noCaseIdColumn));
        }
        int width = columns.headers().size();
        ColumnMapping.Target[] targets = new ColumnMapping.Target[width];
        QuestionReader[] readers = new QuestionReader[width];
        Map<String, QuestionReader> byVariable = new HashMap<>();
        Map<String, Integer> columnsOf = new HashMap<>();
        for (int c = 0; c < width; c++) {
            targets[c] = columns.target(c);
            String variableId = targets[c] instanceof Answer answer ? answer.variableId()
                    : targets[c] instanceof OptionFlag flag ? flag.variableId() : null;
            if (variableId != null) {
                readers[c] = byVariable.computeIfAbsent(variableId, v -> new QuestionReader(version.findQuestion(v)));
                columnsOf.merge(variableId, 1, Integer::sum);
            }
        }
        boolean[] sole = new boolean[width];
        for (int c = 0; c < width; c++) {
            sole[c] = targets[c] instanceof Answer answer && columnsOf.get(answer.variableId()) == 1;
        }
        return new Plan(columns, caseColumn, targets, readers, sole);
    }

    /** Checks every row and returns what would happen, storing nothing. */
    public ImportSummary check() throws ImportException {
        long started = System.nanoTime();
        Plan plan = plan();
        Check check = new Check(true, false);
        readRows(plan, check, null);
        Outcome outcome = check.personnummer ? Outcome.PERSONNUMMER
                : mode == Mode.ALL_OR_NOTHING && !check.reasons.isEmpty() ? Outcome.REFUSED : Outcome.STORED;
        return new ImportSummary(outcome, 0, 0, 0, check.reasons.size(), check.problems, mapping.unmapped(), null,
                check.dataRows, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Checks every row and stores the cases as the mode says, in one transaction, reading the file once:
     * each accepted case goes to the store while the rows after it are read and checked. When the
     * municipality has no case of the form yet, the cases go through the store's bulk insert
     * ({@link CaseStore#insertAll}), else through {@link CaseStore#upsertAll}, which tells new, updated
     * and unchanged cases. A row that stops the whole import (a personnummer, or any rejected row when
     * nothing is to be stored then) ends the store's transaction with nothing stored, and the rest of
     * the file is only checked, so that every problem is reported. Only when a case id turns out to occur
     * twice after its first row has gone to the store (valid rows mode: neither row is imported) is the
     * store's transaction dropped and the accepted rows read again and stored.
     */
    public ImportSummary run(CaseStore store) throws ImportException {
        long started = System.nanoTime();
        Plan plan = plan();
        List<String> unmapped = mapping.unmapped();
        boolean keepRejected = mode == Mode.VALID_ROWS && quarantine != null;
        Check check = new Check(true, keepRejected);
        Feed feed = null;
        String storeFailure = null;
        boolean fresh = false;
        try {
            store.register(version);
            // No case of this municipality and form stored: every case is new, and the bulk insert takes them.
            fresh = store.count(CaseQuery.all().withMunicipality(municipality).withForm(version.getFormId())) == 0;
            feed = new Feed(store, fresh);
        } catch (StoreException e) {
            storeFailure = e.getMessage();
        }
        boolean read = false;
        try {
            readRows(plan, check, feed);
            read = true;
        } finally {
            if (!read && feed != null) {
                // The file could not be read to its end (or the reading failed otherwise): nothing is stored.
                feed.abandon();
            }
        }
        int rejected = check.reasons.size();
        if (check.personnummer || mode == Mode.ALL_OR_NOTHING && rejected > 0) {
            if (feed != null) {
                feed.abandon();
            }
            return summary(check.personnummer ? Outcome.PERSONNUMMER : Outcome.REFUSED, null, check, check.problems, unmapped,
                    null, started);
        }
        if (feed != null && feed.failure() != null) {
            storeFailure = feed.failure().getMessage();
        }
        if (storeFailure != null) {
            return failed(storeFailure, check, unmapped, started);
        }
        Path written = null;
        try {
            if (keepRejected && rejected > 0) {
                try {
                    writeQuarantine(check);
                } catch (ImportException e) {
                    feed.abandon();
                    throw e;
                }
                written = quarantine;
            }
            ImportResult result;
            if (check.rejectedAfterAccepted) {
                feed.abandon();
                result = storeAccepted(plan, check, new Feed(store, fresh));
            } else {
                result = feed.finish();
            }
            return summary(Outcome.STORED, result, check, check.problems, unmapped, written, started);
        } catch (StoreException | StoreFailure e) {
            if (written != null) {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException ignored) {
                    // The quarantine only lists rows; left behind it misleads no store.
                }
            }
            String reason = e instanceof StoreFailure failure ? failure.getCause().getMessage() : e.getMessage();
            return failed(reason, check, unmapped, started);
        }
    }

    private ImportSummary failed(String reason, Check check, List<String> unmapped, long started) {
        List<ImportProblem> problems = new ArrayList<>(check.problems);
        problems.add(new ImportProblem(fileName, 0, null, null, NLS.bind(Messages.storeFailed, reason)));
        return summary(Outcome.FAILED, null, check, problems, unmapped, null, started);
    }

    private static ImportSummary summary(Outcome outcome, ImportResult result, Check check, List<ImportProblem> problems,
            List<String> unmapped, Path written, long started) {
        ImportResult stored = result == null ? new ImportResult(0, 0, 0) : result;
        return new ImportSummary(outcome, stored.created(), stored.updated(), stored.unchanged(), check.reasons.size(), problems,
                unmapped, written, check.dataRows, Duration.ofNanos(System.nanoTime() - started));
    }

    /** A failure of the second read, carried out of a row handler as the store's. */
    private static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(Exception cause) {
            super(cause);
        }
    }

    /**
     * Reads the file once, checking every row. The case of each accepted row goes to {@code feed} (when
     * there is one); once the import can no longer store what was fed, the feed is stopped and the rest is
     * only checked.
     */
    private void readRows(Plan plan, Check check, Feed feed) throws ImportException {
        source.read((rowNumber, cells) -> {
            if (rowNumber == 1) {
                check.header = new ArrayList<>(cells);
                checkPersonnummer(rowNumber, cells, plan.columns(), check);
            } else if (!isBlank(cells)) {
                check.dataRows++;
                CaseRecord record = checkRow(plan, rowNumber, cells, check);
                if (record != null) {
                    check.accepted.set(rowNumber);
                    if (feed != null) {
                        feed.accept(record);
                    }
                } else if (!check.personnummer) {
                    check.keep(rowNumber, cells);
                }
            }
            if (feed != null && (check.personnummer || check.rejectedAfterAccepted
                    || mode == Mode.ALL_OR_NOTHING && !check.reasons.isEmpty())) {
                feed.stop();
            }
        });
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the file again and stores the cases of the accepted rows, built as the check built them, in
     * one transaction.
     */
    private ImportResult storeAccepted(Plan plan, Check check, Feed feed) throws StoreException {
        Check again = new Check(false, false);
        try {
            source.read((rowNumber, cells) -> {
                if (rowNumber > 1 && check.accepted.get(rowNumber)) {
                    CaseRecord record = checkRow(plan, rowNumber, cells, again);
                    if (record == null) {
                        throw new ImportException(new ImportProblem(fileName, rowNumber, null, null, Messages.fileChanged));
                    }
                    feed.accept(record);
                }
            });
        } catch (ImportException | RuntimeException e) {
            feed.abandon();
            throw new StoreFailure(e);
        }
        return feed.finish();
    }

    /** Ends a store's transaction from inside its iterator, so that nothing of it is stored. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the import was stopped", null, false, false);
        }
    }

    /**
     * Hands the cases of accepted rows to the store, which takes them in one transaction on a thread of
     * its own while the file is read on the caller's: in batches, through a small queue, so the cases of a
     * file never have to be in memory together.
     */
    private final class Feed {
        private static final int BATCH = 512;
        private static final Object END = new Object();
        private static final Object ABANDON = new Object();

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        private final Thread thread;
        private List<CaseRecord> batch = new ArrayList<>(BATCH);
        private volatile boolean stopped;
        private volatile boolean done;
        private volatile ImportResult result;
        private volatile Throwable failure;

        Feed(CaseStore store, boolean fresh) {
            Iterable<CaseRecord> records = () -> new Iterator<>() {
                private List<?> current = List.of();
                private int index;
                private boolean ended;

                @Override
                public boolean hasNext() {
                    while (!ended && index == current.size()) {
                        Object next;
                        try {
                            next = queue.take();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new Abandoned();
                        }
                        if (next == ABANDON) {
                            throw new Abandoned();
                        }
                        if (next == END) {
                            ended = true;
                        } else {
                            current = (List<?>) next;
                            index = 0;
                        }
                    }
                    return !ended;
                }

                @Override
                public CaseRecord next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return (CaseRecord) current.get(index++);
                }
            };
            thread = new Thread(() -> {
                try {
                    result = fresh ? new ImportResult(store.insertAll(records), 0, 0) : store.upsertAll(records);
                } catch (StoreException | RuntimeException e) {
                    failure = e;
                } finally {
                    done = true;
                }
            }, "isu-import " + fileName);
            thread.setDaemon(true);
            thread.start();
        }

        void accept(CaseRecord record) {
            if (stopped || done) {
                return;
            }
            batch.add(record);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void hand(Object item) {
            try {
                while (!stopped && !done && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    // wait for the store to take a batch, or to give up
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
            }
        }

        /** Ends the store's transaction with nothing stored, without waiting for it. */
        void stop() {
            if (!stopped) {
                stopped = true;
                queue.clear();
                queue.offer(ABANDON);
            }
        }

        /** Ends the store's transaction with nothing stored, and waits until it has. */
        void abandon() {
            stop();
            await();
        }

        /** Why the store stopped taking cases before it was told to, or null. */
        Throwable failure() {
            return stopped || !done || failure instanceof Abandoned ? null : failure;
        }

        /** The end of the cases: waits for the store to commit them, and says what it did. */
        ImportResult finish() throws StoreException {
            if (!batch.isEmpty()) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
            hand(END);
            await();
            if (failure instanceof StoreException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            return result;
        }

        private void await() {
            Threads.joinUninterruptibly(thread);
        }
    }

    /** The case of a row, or null when the row has a problem, which {@code check} then holds. */
    private CaseRecord checkRow(Plan plan, int row, List<String> cells, Check check) {
        ColumnMapping columns = plan.columns();
        int caseColumn = plan.caseColumn();
        int before = check.problems.size();
        if (checkPersonnummer(row, cells, columns, check)) {
            return null;
        }
        int width = plan.targets().length;
        if (cells.size() > width && !isBlank(cells.subList(width, cells.size()))) {
            check.reject(new ImportProblem(fileName, row, null, null,
                    NLS.bind(Messages.moreCellsThanHeaders, cells.size(), width)));
        }
        String caseId = cell(cells, caseColumn).strip();
        Answers.Builder answers = Answers.builder();
        // Per multiple-choice question, in the order first met: its answer when one column gives it, else the
        // codes its columns give together.
        Map<String, Object> flags = null;
        Set<String> unreadable = null;
        Map<String, SortedMap<Integer, String>> comments = null;
        Map<String, String> commentHeaders = null;
        for (int c = 0; c < width; c++) {
            ColumnMapping.Target target = plan.targets()[c];
            if (target instanceof ColumnMapping.Ignored || target instanceof CaseId) {
                continue;
            }
            String value = cell(cells, c);
            try {
                if (target instanceof Municipality) {
                    if (!value.isBlank() && !value.strip().equalsIgnoreCase(municipality)) {
                        check.reject(new ImportProblem(fileName, row, header(columns, c), value,
                                NLS.bind(Messages.otherMunicipality, municipality)));
                    }
                } else if (target instanceof Answer answer) {
                    AnswerValue parsed = plan.readers()[c].parse(value);
                    if (parsed instanceof MultipleChoice multiple) {
                        if (flags == null) {
                            flags = new LinkedHashMap<>();
                        }
                        if (plan.sole()[c]) {
                            flags.put(answer.variableId(), multiple);
                        } else {
                            codesOf(flags, answer.variableId()).addAll(multiple.codes());
                        }
                    } else if (parsed != null) {
                        answers.put(answer.variableId(), parsed);
                    }
                } else if (target instanceof Comment comment) {
                    if (!value.isBlank()) {
                        if (comments == null) {
                            comments = new LinkedHashMap<>();
                            commentHeaders = new HashMap<>();
                        }
                        comments.computeIfAbsent(comment.variableId(), v -> new TreeMap<>()).put(comment.code(), value.strip());
                        commentHeaders.put(comment.variableId() + ":" + comment.code(), header(columns, c));
                    }
                } else if (target instanceof OptionFlag flag) {
                    if (flags == null) {
                        flags = new LinkedHashMap<>();
                    }
                    SortedSet<Integer> codes = codesOf(flags, flag.variableId());
                    if (plan.readers()[c].flag(value)) {
                        codes.add(flag.code());
                    }
                }
            } catch (CellException e) {
                if (unreadable == null) {
                    unreadable = new HashSet<>();
                }
                if (target instanceof Answer answer) {
                    unreadable.add(answer.variableId());
                } else if (target instanceof OptionFlag flag) {
                    unreadable.add(flag.variableId());
                }
                check.reject(new ImportProblem(fileName, row, header(columns, c), value, e.getMessage()));
            }
        }
        if (flags != null) {
            flags.forEach((variableId, given) -> {
                if (given instanceof MultipleChoice multiple) {
                    if (!multiple.codes().isEmpty()) {
                        answers.put(variableId, multiple);
                    }
                } else if (given instanceof SortedSet<?> codes && !codes.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    SortedSet<Integer> chosen = (SortedSet<Integer>) codes;
                    answers.put(variableId, new MultipleChoice(chosen, new TreeMap<>()));
                }
            });
        }
        Answers built = comments == null ? answers.build() : withComments(answers.build(), comments, row, commentHeaders, check);
        for (CaseProblem problem : validator.validate(caseId, built)) {
            // An answer that could not be read has been reported already; "missing" would only confuse.
            if (problem.error() && (unreadable == null || !unreadable.contains(problem.variableId()))) {
                String column = problem.variableId() == null ? null
                        : problem.variableId().equals(keyVariable) ? header(columns, caseColumn) : columns.headerOf(problem.variableId());
                String value = column == null ? null : valueOf(cells, columns, column);
                check.reject(new ImportProblem(fileName, row, column, value, problem.message()));
            }
        }
        if (caseId.isEmpty()) {
            return null;
        }
        if (check.caseRows != null) {
            int first = check.caseRows.putIfAbsent(caseId, row);
            if (first > 0) {
                // Which of the rows is right only the registrar can tell, so none of them is imported.
                String header = header(columns, caseColumn);
                if (check.duplicates.add(first)) {
                    if (check.accepted.get(first)) {
                        check.rejectedAfterAccepted = true;
                    }
                    check.reject(new ImportProblem(fileName, first, header, caseId, NLS.bind(Messages.duplicateCaseId, row)));
                }
                check.reject(new ImportProblem(fileName, row, header, caseId, NLS.bind(Messages.duplicateCaseId, first)));
                return null;
            }
        }
        return check.problems.size() == before
                ? CaseRecord.of(municipality, null, version.getFormId(), version.getVersion(), caseId, false, built) : null;
    }

    /** The codes gathered for a multiple-choice question that several columns answer. */
    @SuppressWarnings("unchecked")
    private static SortedSet<Integer> codesOf(Map<String, Object> flags, String variableId) {
        return (SortedSet<Integer>) flags.computeIfAbsent(variableId, v -> new TreeSet<Integer>());
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

    /**
     * Writes the rejected rows, each with its reasons, in the file's own format: from the cells kept while
     * checking when they are those of every rejected row, else from a second read of the file.
     */
    private void writeQuarantine(Check check) throws ImportException {
        List<String> header = new ArrayList<>(check.header);
        header.add(Messages.reasonColumn);
        List<List<String>> rows = new ArrayList<>();
        if (check.keptEveryRejectedRow()) {
            check.rejectedCells.forEach((rowNumber, cells) -> rows.add(quarantineRow(cells, header, check.reasons.get(rowNumber))));
        } else {
            source.read((rowNumber, cells) -> {
                if (rowNumber > 1 && check.reasons.containsKey(rowNumber)) {
                    rows.add(quarantineRow(cells, header, check.reasons.get(rowNumber)));
                }
            });
        }
        source.write(quarantine, header, rows);
    }

    private static List<String> quarantineRow(List<String> cells, List<String> header, List<String> reasons) {
        List<String> row = new ArrayList<>(cells);
        while (row.size() < header.size() - 1) {
            row.add("");
        }
        row.add(String.join("; ", reasons));
        return row;
    }
}
