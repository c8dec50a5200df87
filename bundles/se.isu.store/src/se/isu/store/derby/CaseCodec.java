package se.isu.store.derby;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.DateQuestion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.TextQuestion;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.StoreException;
import se.isu.store.derby.FormTable.Column;
import se.isu.store.internal.Messages;

/**
 * Turns a case into the values of its form version's row and back, checking on the way in what the
 * table cannot check by itself: that every answer fits its question's kind, codes and lengths.
 */
final class CaseCodec {

    /** One case, checked and converted: the row's values by column, and the side table's codes. */
    record Row(int municipalityId, CaseRecord record, Object[] values, List<SideCode> sideCodes) {
    }

    /** One chosen code of a multiple choice kept in the side table. */
    record SideCode(Column column, int code) {
    }

    /**
     * Checks {@code record} against {@code table}'s form version.
     *
     * @param values the row's question columns, in table order: Integer (also dates, as yyyymmdd), String or Long
     */
    Row encode(FormTable table, int municipalityId, CaseRecord record) throws StoreException {
        String caseId = record.caseId();
        if (caseId.isBlank()) {
            throw new StoreException(Messages.emptyCaseId);
        }
        if (caseId.length() > FormTable.CASE_ID_LENGTH) {
            throw new StoreException(NLS.bind(Messages.caseIdTooLong, caseId, FormTable.CASE_ID_LENGTH));
        }
        if (record.unit() != null && record.unit().length() > FormTable.UNIT_LENGTH) {
            throw new StoreException(NLS.bind(Messages.unitTooLong, FormTable.UNIT_LENGTH));
        }
        Object[] values = new Object[table.columns.size()];
        List<SideCode> sideCodes = List.of();
        Map<String, Integer> positions = table.positions;
        for (Map.Entry<String, AnswerValue> entry : record.answers().asMap().entrySet()) {
            String variable = entry.getKey();
            Column column = table.column(variable);
            if (column == null) {
                if (table.keyQuestion != null && table.keyQuestion.getVariableId().equals(variable)) {
                    throw new StoreException(NLS.bind(Messages.keyAnswer, label(table.keyQuestion)));
                }
                throw new StoreException(NLS.bind(Messages.unknownQuestion, versionLabel(table), variable));
            }
            Question question = column.question();
            int position = positions.get(variable);
            switch (entry.getValue()) {
                case IntegerAnswer a when column.kind() == ColumnKind.INTEGER -> values[position] = a.value();
                case DateAnswer a when column.kind() == ColumnKind.DATE -> {
                    if (a.value().getYear() < 1 || a.value().getYear() > 9999) {
                        throw new StoreException(NLS.bind(Messages.dateOutOfRange, label(question), a.value()));
                    }
                    values[position] = toInt(a.value());
                }
                case TextAnswer a when column.kind() == ColumnKind.TEXT -> {
                    if (a.value().length() > column.length()) {
                        throw new StoreException(NLS.bind(Messages.textTooLong, label(question), column.length()));
                    }
                    values[position] = a.value();
                }
                case SingleChoice a when column.kind() == ColumnKind.SINGLE -> {
                    checkCode(table, position, question, a.code());
                    values[position] = a.code();
                    if (a.comment() != null) {
                        putComment(table, positions, values, question, a.code(), a.comment());
                    }
                }
                case MultipleChoice a when column.kind() == ColumnKind.BITS || column.kind() == ColumnKind.SIDE -> {
                    long mask = 0;
                    for (int code : a.codes()) {
                        checkCode(table, position, question, code);
                        if (column.kind() == ColumnKind.BITS) {
                            if (code < 0 || code >= FormTable.MAX_BIT_CODE) {
                                throw new StoreException(NLS.bind(Messages.layoutMismatch, label(question), versionLabel(table)));
                            }
                            mask |= 1L << code;
                        }
                    }
                    if (column.kind() == ColumnKind.BITS) {
                        values[position] = mask;
                    } else {
                        values[position] = a.codes().size();
                        if (sideCodes.isEmpty()) {
                            sideCodes = new ArrayList<>();
                        }
                        for (int code : a.codes()) {
                            sideCodes.add(new SideCode(column, code));
                        }
                    }
                    for (Map.Entry<Integer, String> comment : a.comments().entrySet()) {
                        if (!a.codes().contains(comment.getKey())) {
                            throw new StoreException(NLS.bind(Messages.commentWithoutChoice, label(question), comment.getKey()));
                        }
                        putComment(table, positions, values, question, comment.getKey(), comment.getValue());
                    }
                }
                default -> throw new StoreException(NLS.bind(Messages.wrongKind, label(question), kindLabel(question)));
            }
        }
        return new Row(municipalityId, record, values, sideCodes);
    }

    private static void putComment(FormTable table, Map<String, Integer> positions, Object[] values, Question question,
            int code, String comment) throws StoreException {
        Column column = table.commentColumn(question.getVariableId(), code);
        if (column == null) {
            throw new StoreException(NLS.bind(Messages.commentNotAsked, label(question), code));
        }
        if (comment.length() > column.length()) {
            throw new StoreException(NLS.bind(Messages.commentTooLong, new Object[] { label(question), code, column.length() }));
        }
        values[positions.get(column.key())] = comment;
    }

    private static void checkCode(FormTable table, int position, Question question, int code) throws StoreException {
        if (!table.hasCode(position, code)) {
            throw new StoreException(NLS.bind(Messages.unknownCode, label(question), code));
        }
    }

    /** Binds the question columns of {@code row} from parameter {@code first} on. */
    void bindAnswers(PreparedStatement statement, int first, FormTable table, Row row) throws SQLException {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            int parameter = first + i;
            Object value = values[i];
            switch (table.columns.get(i).kind()) {
                case INTEGER, SINGLE, SIDE, DATE -> {
                    if (value == null) {
                        statement.setNull(parameter, Types.INTEGER);
                    } else {
                        statement.setInt(parameter, (Integer) value);
                    }
                }
                case BITS -> {
                    if (value == null) {
                        statement.setNull(parameter, Types.BIGINT);
                    } else {
                        statement.setLong(parameter, (Long) value);
                    }
                }
                case TEXT, COMMENT -> statement.setString(parameter, (String) value);
            }
        }
    }

    /**
     * Times are stored as milliseconds since 1970 UTC: independent of the time zone the program runs
     * in, and the same whether a row comes through a statement or the bulk insert's table function.
     */
    static void setInstant(PreparedStatement statement, int parameter, Instant instant) throws SQLException {
        statement.setLong(parameter, instant.toEpochMilli());
    }

    static Instant getInstant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * Reads the answers of the current row of {@code rs}, whose question columns start at {@code first}.
     *
     * @param sideCodes the side table's codes of this case by column position, or null
     */
    Answers decodeAnswers(ResultSet rs, int first, FormTable table, Map<Integer, SortedSet<Integer>> sideCodes)
            throws SQLException {
        Answers.Builder answers = Answers.builder();
        List<Column> columns = table.columns;
        Map<String, SortedMap<Integer, String>> comments = null;
        // Comments first, so that each choice is built once, with its comments.
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.kind() == ColumnKind.COMMENT) {
                String comment = rs.getString(first + i);
                if (comment != null) {
                    if (comments == null) {
                        comments = new java.util.HashMap<>();
                    }
                    comments.computeIfAbsent(column.question().getVariableId(), k -> new TreeMap<>()).put(column.code(), comment);
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String variable = column.key();
            int index = first + i;
            switch (column.kind()) {
                case INTEGER -> {
                    int value = rs.getInt(index);
                    if (!rs.wasNull()) {
                        answers.integer(variable, value);
                    }
                }
                case DATE -> {
                    int value = rs.getInt(index);
                    if (!rs.wasNull()) {
                        answers.date(variable, toDate(value));
                    }
                }
                case TEXT -> {
                    String value = rs.getString(index);
                    if (value != null) {
                        answers.text(variable, value);
                    }
                }
                case SINGLE -> {
                    int code = rs.getInt(index);
                    if (!rs.wasNull()) {
                        SortedMap<Integer, String> c = comments == null ? null : comments.get(variable);
                        answers.put(variable, new SingleChoice(code, c == null ? null : c.get(code)));
                    }
                }
                case BITS -> {
                    long mask = rs.getLong(index);
                    if (!rs.wasNull()) {
                        SortedSet<Integer> codes = new TreeSet<>();
                        for (long m = mask; m != 0; m &= m - 1) {
                            codes.add(Long.numberOfTrailingZeros(m));
                        }
                        answers.put(variable, choice(codes, comments, variable));
                    }
                }
                case SIDE -> {
                    rs.getInt(index);
                    if (!rs.wasNull()) {
                        SortedSet<Integer> codes = sideCodes == null ? null : sideCodes.get(i);
                        answers.put(variable, choice(codes == null ? new TreeSet<>() : codes, comments, variable));
                    }
                }
                case COMMENT -> {
                    // read above
                }
            }
        }
        return answers.build();
    }

    private static MultipleChoice choice(SortedSet<Integer> codes, Map<String, SortedMap<Integer, String>> comments, String variable) {
        SortedMap<Integer, String> c = comments == null ? null : comments.get(variable);
        return new MultipleChoice(codes, c == null ? new TreeMap<>() : c);
    }

    /** A date as the int the store keeps: yyyymmdd. */
    static int toInt(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static LocalDate toDate(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    static String label(Question question) {
        return question.getNumber() != null && !question.getNumber().isBlank()
                ? question.getNumber() + " " + question.getVariableId() : question.getVariableId();
    }

    static String versionLabel(FormTable table) {
        return table.version.getFormName() + " " + table.version.getVersion();
    }

    private static String kindLabel(Question question) {
        return switch (question) {
            case IntegerQuestion q -> Messages.kindInteger;
            case DateQuestion q -> Messages.kindDate;
            case TextQuestion q -> Messages.kindText;
            case SingleChoiceQuestion q -> Messages.kindSingle;
            case MultipleChoiceQuestion q -> Messages.kindMultiple;
            default -> question.eClass().getName();
        };
    }
}
