package se.isu.store.derby;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.TextQuestion;

/**
 * The table layout of one form version, derived from its questions: one wide row per case, one column
 * per question and per option that asks for a comment, after the columns every case has.
 * <p>
 * Column names are chosen once, when the column is created, and kept in {@code FORM_COLUMN}: a later
 * change of the naming rule can never move a stored answer to another column.
 */
final class FormTable {

    /** Columns every form version's table starts with, in this order. */
    static final String[] HEADER = { "MUNICIPALITY_ID", "CASE_ID", "UNIT", "DRAFT", "CREATED", "CHANGED" };

    static final int CASE_ID_LENGTH = 100;
    static final int UNIT_LENGTH = 100;
    /** Texts without a maximum length get this many characters. */
    static final int DEFAULT_TEXT_LENGTH = 2000;
    static final int COMMENT_LENGTH = 1000;
    /** Derby's longest VARCHAR. */
    static final int MAX_VARCHAR = 32672;
    /** Bits of a BIGINT that a code may use: 0..62 keeps the mask positive, 63 is the sign. */
    static final int MAX_BIT_CODE = 63;
    /** The variable id of the date question whose year is the year of closing. */
    static final String CLOSING_DATE_VARIABLE = "avslutsdatum";

    /** One column of the table. */
    record Column(String key, String name, ColumnKind kind, Question question, int code, int length) {
        String sqlType() {
            return kind.sqlType.equals("VARCHAR") ? "VARCHAR(" + length + ")" : kind.sqlType;
        }
    }

    final int id;
    final FormVersion version;
    final String tableName;
    final String sideTable;
    final List<Column> columns;
    final Map<String, Column> byKey;
    /** Each column's position in {@link #columns}, by key. */
    final Map<String, Integer> positions;
    /** The question that identifies the case (a key text question), or null. */
    final Question keyQuestion;
    /** The closing-date column, or null when the version has no closing date. */
    final Column closing;
    /** For each choice column, by position: its question's codes 0..63 as bits. */
    private final long[] smallCodes;
    /** For each choice column, by position: its question's other codes, or null for none. */
    private final Set<Integer>[] otherCodes;

    FormTable(int id, FormVersion version, String tableName, String sideTable, List<Column> columns) {
        this.id = id;
        this.version = version;
        this.tableName = tableName;
        this.sideTable = sideTable;
        this.columns = List.copyOf(columns);
        Map<String, Column> keyed = new LinkedHashMap<>();
        for (Column column : columns) {
            keyed.put(column.key(), column);
        }
        this.byKey = Collections.unmodifiableMap(keyed);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            at.put(columns.get(i).key(), i);
        }
        this.positions = Collections.unmodifiableMap(at);
        this.keyQuestion = keyQuestion(version);
        this.closing = keyed.get(CLOSING_DATE_VARIABLE) != null && keyed.get(CLOSING_DATE_VARIABLE).kind() == ColumnKind.DATE
                ? keyed.get(CLOSING_DATE_VARIABLE) : null;
        this.smallCodes = new long[columns.size()];
        @SuppressWarnings("unchecked")
        Set<Integer>[] others = new Set[columns.size()];
        this.otherCodes = others;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.kind() != ColumnKind.COMMENT && column.question() instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    int code = option.getCode();
                    if (code >= 0 && code < Long.SIZE) {
                        smallCodes[i] |= 1L << code;
                    } else {
                        if (others[i] == null) {
                            others[i] = new HashSet<>();
                        }
                        others[i].add(code);
                    }
                }
            }
        }
    }

    /**
     * Whether the question of the choice column at {@code position} has an option with {@code code}: a
     * look-up per answer of every stored case, so the codes are kept as bits rather than found among the
     * question's options each time.
     */
    boolean hasCode(int position, int code) {
        if (code >= 0 && code < Long.SIZE) {
            return (smallCodes[position] & 1L << code) != 0;
        }
        return otherCodes[position] != null && otherCodes[position].contains(code);
    }

    static Question keyQuestion(FormVersion version) {
        for (Question question : version.allQuestions()) {
            if (question instanceof TextQuestion text && text.isKey()) {
                return question;
            }
        }
        return null;
    }

    /** The column a question's answer needs, without its name: the key question needs none. */
    static List<Column> wantedColumns(FormVersion version) {
        Question key = keyQuestion(version);
        List<Column> wanted = new ArrayList<>();
        for (Question question : version.allQuestions()) {
            if (question == key) {
                continue;
            }
            String variable = question.getVariableId();
            switch (question) {
                case IntegerQuestion q -> wanted.add(new Column(variable, null, ColumnKind.INTEGER, q, 0, 0));
                case DateQuestion q -> wanted.add(new Column(variable, null, ColumnKind.DATE, q, 0, 0));
                case TextQuestion q -> wanted.add(new Column(variable, null, ColumnKind.TEXT, q, 0,
                        q.getMaxLength() != null && q.getMaxLength() > 0 ? Math.min(q.getMaxLength(), MAX_VARCHAR) : DEFAULT_TEXT_LENGTH));
                case SingleChoiceQuestion q -> wanted.add(new Column(variable, null, ColumnKind.SINGLE, q, 0, 0));
                case MultipleChoiceQuestion q -> wanted.add(new Column(variable, null, fitsBits(q) ? ColumnKind.BITS : ColumnKind.SIDE, q, 0, 0));
                default -> throw new IllegalArgumentException("unknown kind of question: " + question.eClass().getName());
            }
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    if (option.isRequiresComment()) {
                        wanted.add(new Column(commentKey(variable, option.getCode()), null, ColumnKind.COMMENT, question,
                                option.getCode(), COMMENT_LENGTH));
                    }
                }
            }
        }
        return wanted;
    }

    static boolean fitsBits(ChoiceQuestion question) {
        for (Option option : question.getOptions()) {
            if (option.getCode() < 0 || option.getCode() >= MAX_BIT_CODE) {
                return false;
            }
        }
        return true;
    }

    static String commentKey(String variableId, int code) {
        return variableId + '#' + code;
    }

    /** A column name for {@code column} that none of {@code taken} has; adds it to {@code taken}. */
    static String nameFor(Column column, Set<String> taken) {
        String base = (column.kind() == ColumnKind.COMMENT ? "K_" + identifier(column.question().getVariableId()) + "_" + column.code()
                : "Q_" + identifier(column.key()));
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /** An upper-case SQL identifier made of letters, digits and underscores. */
    static String identifier(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return out.isEmpty() ? "X" : out.toString();
    }

    /** The table name for a new form version's table, unlike every name in {@code taken}. */
    static String tableNameFor(String formId, String version, Set<String> taken) {
        String base = "CASES_" + identifier(formId) + "_" + identifier(version);
        base = base.length() > 100 ? base.substring(0, 100) : base;
        String name = base;
        for (int i = 2; taken.contains(name) || taken.contains(name + "_CODES"); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    Column column(String variableId) {
        return byKey.get(variableId);
    }

    Column commentColumn(String variableId, int code) {
        return byKey.get(commentKey(variableId, code));
    }

    /** The names of every column, header first, joined by commas. */
    String columnList() {
        StringBuilder out = new StringBuilder(String.join(", ", HEADER));
        for (Column column : columns) {
            out.append(", ").append(column.name());
        }
        return out.toString();
    }
}
