package se.isu.io.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.TextQuestion;

/**
 * Which column of a file holds what: the case id, the municipality, the answer to a question, or one
 * option of a multiple-choice question as 0/1. Found automatically from the headers, changeable
 * column by column, and saved as a named profile per municipality for the next file of the same kind.
 */
public final class ColumnMapping {

    /** What a column holds. */
    public sealed interface Target {
        /** How the target is written in a profile. */
        String key();
    }

    /** The case id (ärende-id). */
    public record CaseId() implements Target {
        @Override
        public String key() {
            return "case-id";
        }
    }

    /** The municipality's name. */
    public record Municipality() implements Target {
        @Override
        public String key() {
            return "municipality";
        }
    }

    /** The answer to a question, by its variable id. */
    public record Answer(String variableId) implements Target {
        @Override
        public String key() {
            return "answer:" + variableId;
        }
    }

    /** One option of a multiple-choice question: 1 when chosen, 0 or empty when not. */
    public record OptionFlag(String variableId, int code) implements Target {
        @Override
        public String key() {
            return "option:" + variableId + ":" + code;
        }
    }

    /**
     * The comment to an option that asks for one ("ange vilken"): the named method of "Manualbaserad
     * metod", the reason behind "Andra orsaker". Imported with the option when the row has chosen it.
     */
    public record Comment(String variableId, int code) implements Target {
        @Override
        public String key() {
            return "comment:" + variableId + ":" + code;
        }
    }

    /** Not imported. */
    public record Ignored() implements Target {
        @Override
        public String key() {
            return "ignore";
        }
    }

    private static final Set<String> CASE_ID_HEADERS = Set.of("ärende-id", "ärendeid", "ärende id", "ärende_id",
            "arende_id", "arende-id", "arendeid", "ärendenummer", "ärendenr", "case id", "caseid", "case_id");
    private static final Set<String> MUNICIPALITY_HEADERS = Set.of("kommun", "kommunnamn", "municipality");
    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final String PROFILE_SUFFIX = ".properties";

    private final List<String> headers;
    private final List<Target> targets;

    private ColumnMapping(List<String> headers, List<Target> targets) {
        this.headers = List.copyOf(headers);
        this.targets = new ArrayList<>(targets);
    }

    /** The mapping found from {@code headers} alone: by variable id, question number or question text. */
    public static ColumnMapping automatic(FormVersion version, List<String> headers) {
        List<Target> targets = new ArrayList<>();
        for (String header : headers) {
            targets.add(match(version, header));
        }
        return new ColumnMapping(headers, targets);
    }

    /**
     * The mapping a saved profile gives {@code headers}; a header the profile does not name is mapped
     * automatically, and a profile entry naming a question the version lacks is ignored.
     */
    public static ColumnMapping fromProfile(FormVersion version, List<String> headers, Properties profile) {
        List<Target> targets = new ArrayList<>();
        for (String header : headers) {
            String key = profile.getProperty(normalise(header));
            Target target = key == null ? null : parse(version, key);
            targets.add(target != null ? target : match(version, header));
        }
        return new ColumnMapping(headers, targets);
    }

    public List<String> headers() {
        return headers;
    }

    public List<Target> targets() {
        return Collections.unmodifiableList(targets);
    }

    public Target target(int column) {
        return column < targets.size() ? targets.get(column) : new Ignored();
    }

    /** Maps {@code column} to {@code target}, as the user chose. */
    public void set(int column, Target target) {
        targets.set(column, target);
    }

    /** The column of the case id, or -1. */
    public int caseIdColumn() {
        return targets.indexOf(new CaseId());
    }

    /** The header of the first column holding the answer to {@code variableId}, or null. */
    public String headerOf(String variableId) {
        for (int c = 0; c < targets.size(); c++) {
            if (targets.get(c) instanceof Answer answer && answer.variableId().equals(variableId)
                    || targets.get(c) instanceof OptionFlag flag && flag.variableId().equals(variableId)) {
                return headers.get(c);
            }
        }
        return null;
    }

    /** The headers of the columns that are not imported, neither by choice nor by a match. */
    public List<String> unmapped() {
        List<String> unmapped = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (targets.get(c) instanceof Ignored && !headers.get(c).isBlank()) {
                unmapped.add(headers.get(c));
            }
        }
        return unmapped;
    }

    /** The mapping as a profile: normalised header to target. */
    public Properties toProfile() {
        Properties profile = new Properties();
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).isBlank()) {
                profile.setProperty(normalise(headers.get(c)), targets.get(c).key());
            }
        }
        return profile;
    }

    /** Where the profile {@code name} of {@code municipality} is kept under {@code folder}. */
    public static Path profileFile(Path folder, String municipality, String name) {
        return folder.resolve(safe(municipality)).resolve(safe(name) + PROFILE_SUFFIX);
    }

    /** Saves the mapping as the profile {@code name} of {@code municipality}. */
    public void save(Path folder, String municipality, String name) throws IOException {
        Path file = profileFile(folder, municipality, name);
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            toProfile().store(writer, null);
        }
    }

    /** Reads a saved profile. */
    public static Properties loadProfile(Path folder, String municipality, String name) throws IOException {
        Properties profile = new Properties();
        try (Reader reader = Files.newBufferedReader(profileFile(folder, municipality, name), StandardCharsets.UTF_8)) {
            profile.load(reader);
        }
        return profile;
    }

    /** The names of the profiles saved for {@code municipality}. */
    public static List<String> profiles(Path folder, String municipality) throws IOException {
        Path dir = folder.resolve(safe(municipality));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(PROFILE_SUFFIX))
                    .map(n -> n.substring(0, n.length() - PROFILE_SUFFIX.length())).sorted().toList();
        }
    }

    /** A name usable as a file name on every system: letters (å, ä, ö too), digits, - and _. */
    private static String safe(String name) {
        String safe = name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        return safe.isEmpty() ? "_" : safe;
    }

    /** Runs of whitespace as a regular expression's {@code \\s} finds them: space, tab, line breaks. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * {@code text} stripped, each run of whitespace one space, in lower case: how headers, labels and
     * codes are compared. Called for every cell that names an option, so the regular expression runs only
     * when there is whitespace to collapse.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < stripped.length() && isSpace(stripped.charAt(i + 1)))) {
                stripped = WHITESPACE.matcher(stripped).replaceAll(" ");
                break;
            }
        }
        return stripped.toLowerCase(SWEDISH);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static Target parse(FormVersion version, String key) {
        String[] parts = key.split(":");
        return switch (parts[0]) {
            case "case-id" -> new CaseId();
            case "municipality" -> new Municipality();
            case "ignore" -> new Ignored();
            case "answer" -> parts.length == 2 && version.findQuestion(parts[1]) != null ? new Answer(parts[1]) : null;
            case "option" -> parts.length == 3 && version.findQuestion(parts[1]) instanceof MultipleChoiceQuestion q
                    && parts[2].matches("\\d{1,9}") && q.findOption(Integer.parseInt(parts[2])) != null
                            ? new OptionFlag(parts[1], Integer.parseInt(parts[2])) : null;
            case "comment" -> parts.length == 3 && version.findQuestion(parts[1]) instanceof ChoiceQuestion q
                    && parts[2].matches("\\d{1,9}") && q.findOption(Integer.parseInt(parts[2])) != null
                            ? new Comment(parts[1], Integer.parseInt(parts[2])) : null;
            default -> null;
        };
    }

    private static Target match(FormVersion version, String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return new Ignored();
        }
        if (CASE_ID_HEADERS.contains(h)) {
            return new CaseId();
        }
        if (MUNICIPALITY_HEADERS.contains(h)) {
            return new Municipality();
        }
        List<Question> questions = version.allQuestions().stream().filter(q -> !q.isRetired()).toList();
        for (Question question : questions) {
            if (names(question).contains(h)) {
                return question instanceof TextQuestion text && text.isKey() ? new CaseId() : new Answer(question.getVariableId());
            }
        }
        Comment comment = comment(questions, h);
        if (comment != null) {
            return comment;
        }
        for (Question question : questions) {
            if (question instanceof MultipleChoiceQuestion multiple) {
                for (String name : names(question)) {
                    if (h.length() > name.length() + 1 && h.startsWith(name)) {
                        String rest = h.substring(name.length()).replaceFirst("^[\\s_:.\\-]+", "");
                        if (rest.length() < h.length() - name.length()) {
                            Option option = option(multiple, rest);
                            if (option != null) {
                                return new OptionFlag(question.getVariableId(), option.getCode());
                            }
                        }
                    }
                }
            }
        }
        return new Ignored();
    }

    private static final Pattern COMMENT_SUFFIX = Pattern
            .compile("^(.+?)[\\s_:.,()\\-]*(kommentar|\\(kommentar\\))$");
    private static final Pattern COMMENT_PREFIX = Pattern.compile("^kommentar[\\s_:.,\\-]+(.+)$");
    private static final Pattern ASKS_FOR_TEXT = Pattern
            .compile("[\\s,]*(ange vilken/vilka|ange vilken|ange vilka|förtydliga nedan)$");

    /**
     * The comment column a header names: {@code Kommentar: <option>}, {@code <option>: kommentar} or
     * {@code <variable>_<code>_kommentar}, or the label of an option that asks for a comment, alone, as
     * in "Manualbaserad metod, ange vilken" — the option's own column would be named by its question.
     */
    private static Comment comment(List<Question> questions, String header) {
        Matcher prefix = COMMENT_PREFIX.matcher(header);
        Matcher suffix = COMMENT_SUFFIX.matcher(header);
        boolean marked = prefix.matches() || suffix.matches();
        String named = prefix.matches() ? prefix.group(1) : suffix.matches() ? suffix.group(1) : header;
        String bare = withoutAskingForText(named);
        boolean asksForText = !bare.equals(named);
        for (Question question : questions) {
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    if (!option.isRequiresComment() || option.isRetired()) {
                        continue;
                    }
                    String label = normalise(option.getLabel());
                    String id = normalise(question.getVariableId()) + "_" + option.getCode();
                    boolean sameOption = named.equals(label) || bare.equals(withoutAskingForText(label));
                    if (marked && (named.equals(id) || sameOption) || !marked && (named.equals(label) || asksForText && sameOption)) {
                        return new Comment(question.getVariableId(), option.getCode());
                    }
                }
            }
        }
        return null;
    }

    private static String withoutAskingForText(String text) {
        return ASKS_FOR_TEXT.matcher(text).replaceFirst("");
    }

    /** The normalised names a header may give a question by. */
    private static List<String> names(Question question) {
        List<String> names = new ArrayList<>();
        names.add(normalise(question.getVariableId()));
        String number = question.getNumber();
        if (number != null && !number.isBlank()) {
            String n = normalise(number);
            names.add(n);
            names.add(n + ".");
            names.add("fråga " + n);
            names.add("fråga" + n);
            names.add("f" + n);
            names.add("q" + n);
        }
        if (question.getText() != null) {
            names.add(normalise(question.getText()));
        }
        return names;
    }

    /** The option a header part names, by code or by label. */
    static Option option(ChoiceQuestion question, String text) {
        String t = normalise(text);
        Option retired = null;
        for (Option option : question.getOptions()) {
            if (t.equals(String.valueOf(option.getCode()))) {
                return option;
            }
            if (t.equals(normalise(option.getLabel()))) {
                // A label an option in use shares with a retired one (2021's "Traditionell familjebehandling")
                // means the option in use.
                if (!option.isRetired()) {
                    return option;
                }
                retired = retired == null ? option : retired;
            }
        }
        return retired;
    }
}
