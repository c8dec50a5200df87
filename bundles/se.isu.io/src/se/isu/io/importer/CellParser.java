package se.isu.io.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateQuestion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.TextQuestion;
import se.isu.io.internal.Messages;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;
import se.isu.store.validation.CaseValidator;

/** Turns a cell's text into the answer to a question, as Swedish spreadsheets write answers. */
final class CellParser {

    /** Why a cell could not be read, in Swedish. */
    static final class CellException extends Exception {
        private static final long serialVersionUID = 1L;

        CellException(String message) {
            super(message);
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T][0-9:.]*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:[.,]0+)?");
    /** Day 0 of Excel's serial dates (its 1900 leap-year error included, from March 1900 on). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CellParser() {
    }

    /** The answer {@code cell} gives {@code question}, or null when the cell is empty. */
    static AnswerValue parse(Question question, String cell) throws CellException {
        return new QuestionReader(question).parse(cell);
    }

    /**
     * Reads the cells of one question, made once per column of an import: a choice's codes and labels are
     * looked up in a table instead of compared option by option, and the common ways of writing integers
     * and dates are read without regular expressions. Gives exactly what {@link CellParser#parse} gives.
     */
    static final class QuestionReader {
        private final Question question;
        /** Normalised code or label to the option {@link ColumnMapping#option} finds for it; null for other questions. */
        private final Map<String, Option> options;
        /**
         * Whether no code or label of the question is made of digits, spaces and separators alone and holds
         * a separator or a space: then a cell of codes ("4,9") can only match its pieces one by one (a label
         * with letters never matches digits), and is read so, with no search for keys that span separators.
         */
        private final boolean plainKeys;

        QuestionReader(Question question) {
            this.question = question;
            if (question instanceof ChoiceQuestion choice) {
                options = new HashMap<>();
                for (Option option : choice.getOptions()) {
                    for (String key : List.of(String.valueOf(option.getCode()), ColumnMapping.normalise(option.getLabel()))) {
                        Option found = ColumnMapping.option(choice, key);
                        if (found != null) {
                            options.putIfAbsent(key, found);
                        }
                    }
                }
            } else {
                options = null;
            }
            plainKeys = options != null && options.keySet().stream().noneMatch(key -> codesOnly(key) && (key.indexOf(';') >= 0
                    || key.indexOf(',') >= 0 || key.indexOf('|') >= 0 || key.indexOf(' ') >= 0));
        }

        Question question() {
            return question;
        }

        /** The answer {@code cell} gives the question, or null when the cell is empty. */
        AnswerValue parse(String cell) throws CellException {
            String text = cell == null ? "" : cell.strip();
            if (text.isEmpty()) {
                return null;
            }
            if (question instanceof IntegerQuestion) {
                return new IntegerAnswer(integer(text));
            }
            if (question instanceof DateQuestion) {
                return new DateAnswer(date(text));
            }
            if (question instanceof SingleChoiceQuestion) {
                Option option = option(text);
                if (option == null) {
                    throw new CellException(NLS.bind(Messages.unknownOption, name(question), text));
                }
                return new SingleChoice(option.getCode());
            }
            if (question instanceof MultipleChoiceQuestion) {
                return new MultipleChoice(options(text), new TreeMap<>());
            }
            if (question instanceof TextQuestion free) {
                Integer max = free.getMaxLength();
                if (max != null && text.length() > max) {
                    throw new CellException(NLS.bind(Messages.textTooLong, name(question), max));
                }
                return new TextAnswer(text);
            }
            throw new CellException(NLS.bind(Messages.notImportable, name(question)));
        }

        /** Whether a 0/1 column's cell marks its option as chosen. */
        boolean flag(String cell) throws CellException {
            return CellParser.flag(question, cell);
        }

        private Option option(String text) {
            return options.get(ColumnMapping.normalise(text));
        }

        private int integer(String text) throws CellException {
            int length = text.length();
            if (length <= 9) {
                int value = 0;
                int i = 0;
                for (; i < length; i++) {
                    char c = text.charAt(i);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    value = value * 10 + (c - '0');
                }
                if (i == length) {
                    return value;
                }
            }
            return CellParser.integer(name(question), text);
        }

        private LocalDate date(String text) throws CellException {
            // ÅÅÅÅ-MM-DD, as most files and every .xlsx date cell give it, read directly.
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    try {
                        return LocalDate.of(year, month, day);
                    } catch (DateTimeException e) {
                        throw new CellException(NLS.bind(Messages.noSuchDate, name(question)));
                    }
                }
            }
            return CellParser.date(name(question), text);
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /**
         * The options a cell names, separated by ; , or |. A label may itself hold a comma, so the longest
         * run of pieces that names an option wins.
         */
        private SortedSet<Integer> options(String text) throws CellException {
            if (plainKeys && codesOnly(text)) {
                return codes(text);
            }
            List<int[]> pieces = new ArrayList<>();
            int start = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ';' || c == ',' || c == '|') {
                    pieces.add(new int[] { start, k });
                    start = k + 1;
                }
            }
            pieces.add(new int[] { start, text.length() });
            SortedSet<Integer> codes = new TreeSet<>();
            int i = 0;
            while (i < pieces.size()) {
                String piece = text.substring(pieces.get(i)[0], pieces.get(i)[1]).strip();
                if (piece.isEmpty()) {
                    i++;
                    continue;
                }
                Option found = null;
                int j = pieces.size() - 1;
                for (; j >= i; j--) {
                    found = option(text.substring(pieces.get(i)[0], pieces.get(j)[1]));
                    if (found != null) {
                        break;
                    }
                }
                if (found == null) {
                    throw new CellException(NLS.bind(Messages.unknownOption, name(question), piece));
                }
                codes.add(found.getCode());
                i = j + 1;
            }
            return codes;
        }

        /** Whether {@code text} holds only digits, spaces and separators, as a cell of codes does. */
        private static boolean codesOnly(String text) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (!(c >= '0' && c <= '9' || c == ' ' || c == ';' || c == ',' || c == '|')) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The codes of a cell of codes, when no key of the question holds a separator: each piece is a
         * key of its own, as the search by longest match in {@link #options} would find.
         */
        private SortedSet<Integer> codes(String text) throws CellException {
            SortedSet<Integer> codes = new TreeSet<>();
            int start = 0;
            for (int k = 0; k <= text.length(); k++) {
                if (k == text.length() || text.charAt(k) == ';' || text.charAt(k) == ',' || text.charAt(k) == '|') {
                    String piece = text.substring(start, k).strip();
                    if (!piece.isEmpty()) {
                        Option found = options.get(piece);
                        if (found == null) {
                            throw new CellException(NLS.bind(Messages.unknownOption, name(question), piece));
                        }
                        codes.add(found.getCode());
                    }
                    start = k + 1;
                }
            }
            return codes;
        }
    }

    private static String name(Question question) {
        return CaseValidator.name(question);
    }

    /** Whether a 0/1 column's cell marks its option as chosen. */
    static boolean flag(Question question, String cell) throws CellException {
        String text = cell == null ? "" : ColumnMapping.normalise(cell);
        return switch (text) {
            case "1", "1,0", "1.0", "x", "ja", "j", "sant", "true" -> true;
            case "", "0", "0,0", "0.0", "nej", "n", "falskt", "false" -> false;
            default -> throw new CellException(NLS.bind(Messages.notAFlag, CaseValidator.name(question)));
        };
    }

    static int integer(String name, String text) throws CellException {
        // Swedish numbers: a decimal comma, and spaces (also non-breaking) between thousands.
        String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            BigDecimal value = new BigDecimal(plain).stripTrailingZeros();
            if (value.scale() > 0) {
                throw new CellException(NLS.bind(Messages.notAnInteger, name));
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CellException(NLS.bind(Messages.notAnInteger, name));
        }
    }

    static LocalDate date(String name, String text) throws CellException {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            if (SERIAL.matcher(text).matches()) {
                long serial = Long.parseLong(text.split("[.,]")[0]);
                // 1 to 2958465 are the dates Excel can show (1900-01-01 to 9999-12-31).
                if (serial >= 1 && serial <= 2_958_465) {
                    return EXCEL_EPOCH.plusDays(serial);
                }
            }
        } catch (DateTimeException e) {
            throw new CellException(NLS.bind(Messages.noSuchDate, name));
        }
        throw new CellException(NLS.bind(Messages.notADate, name));
    }
}
