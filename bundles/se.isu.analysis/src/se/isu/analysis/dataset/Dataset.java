package se.isu.analysis.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.isu.analysis.internal.Messages;
import se.isu.analysis.stats.IntHistogram;
import se.isu.analysis.stats.Parallel;
import se.isu.forms.DateQuestion;
import se.isu.forms.DerivedVariable;
import se.isu.forms.FormVersion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.HarmonisedCategory;
import se.isu.forms.crosswalk.HarmonisedCodeList;
import se.isu.store.CaseColumns;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;

/**
 * The cases of one form, all its versions together, held in memory column by column so that
 * analyses and filters never go back to the store: integer, single-choice and date answers (dates as
 * epoch days) as {@code int[]} with {@link #MISSING} for no answer, multiple-choice answers as one
 * {@code long} bit mask per case (bit {@code code} set when chosen, 0 when none), and every derived
 * variable of the form (e.g. insatstid) as days between its two dates.
 * <p>
 * Choice codes are the crosswalk's harmonised codes where it has a code list for the question, so one
 * code means one category in every version; codes without a harmonised category keep their value.
 * Whether a category is comparable between the versions stays known ({@link #category}).
 */
public final class Dataset {

    public static final int MISSING = CaseColumns.MISSING;

    private final String formId;
    private final List<String> versions;
    private final DatasetRoles roles;
    private final int size;
    private final String[] municipalities;
    private final String[] caseIds;
    private final byte[] versionIndex;
    private final int[] closingYears;
    private final Map<String, int[]> ints;
    private final Map<String, long[]> bits;
    private final Map<String, Map<Integer, HarmonisedCategoryInfo>> categories;
    private final Map<String, java.util.SortedSet<String>> unharmonised;
    private final int[] municipalityIndex;
    private final List<String> municipalityNames;
    private final Map<String, List<HarmonisedCategoryInfo>> options;
    private final Map<String, Comments> comments;
    private final Map<String, int[]> ranges;

    private Dataset(String formId, List<String> versions, DatasetRoles roles, int size, String[] municipalities,
            String[] caseIds, byte[] versionIndex, int[] closingYears, Map<String, int[]> ints,
            Map<String, long[]> bits, Map<String, Map<Integer, HarmonisedCategoryInfo>> categories,
            Map<String, java.util.SortedSet<String>> unharmonised, Map<String, List<HarmonisedCategoryInfo>> options,
            Map<String, Comments> comments) {
        this.formId = formId;
        this.versions = List.copyOf(versions);
        this.roles = roles;
        this.size = size;
        this.municipalities = municipalities;
        this.caseIds = caseIds;
        this.versionIndex = versionIndex;
        this.closingYears = closingYears;
        this.ints = Map.copyOf(ints);
        this.bits = Map.copyOf(bits);
        this.categories = Map.copyOf(categories);
        this.unharmonised = Map.copyOf(unharmonised);
        // Each row's municipality as an index, so that filters and groupings compare ints, not names.
        Map<String, Integer> indexOf = new HashMap<>();
        this.municipalityIndex = new int[size];
        String previous = null;
        int index = -1;
        for (int row = 0; row < size; row++) {
            String name = municipalities[row];
            if (index < 0 || !name.equals(previous)) {
                index = indexOf.computeIfAbsent(name, k -> indexOf.size());
                previous = name;
            }
            municipalityIndex[row] = index;
        }
        String[] names = new String[indexOf.size()];
        indexOf.forEach((name, i) -> names[i] = name);
        this.municipalityNames = List.of(names);
        this.options = Map.copyOf(options);
        this.comments = Map.copyOf(comments);
        // Each int column's smallest and largest value, so that analyses can count values into arrays.
        Map<String, int[]> ranges = new HashMap<>();
        this.ints.forEach((id, column) -> ranges.put(id, range(column)));
        this.ranges = java.util.Collections.unmodifiableMap(ranges);
    }

    private static int[] range(int[] column) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : column) {
            if (value != MISSING) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return min > max ? null : new int[] { min, max };
    }

    /**
     * Reads the cases of {@code versions} (of one form) that {@code query} selects, once.
     *
     * @param crosswalks the crosswalks between the versions, whose harmonised code lists recode choices
     * @param query      which cases; {@link CaseQuery#forAnalysis()} leaves drafts out
     */
    public static Dataset load(CaseStore store, List<FormVersion> versions, List<Crosswalk> crosswalks,
            CaseQuery query, DatasetRoles roles) throws StoreException {
        if (versions.isEmpty() || versions.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("a dataset needs 1 to 127 form versions, not " + versions.size());
        }
        String formId = versions.get(0).getFormId();
        List<CaseColumns> parts = new ArrayList<>();
        int sum = 0;
        for (FormVersion version : versions) {
            if (!version.getFormId().equals(formId)) {
                throw new IllegalArgumentException("versions of different forms: " + formId + ", " + version.getFormId());
            }
            CaseColumns columns = store.readColumns(formId, version.getVersion(),
                    query.withFormVersion(formId, version.getVersion()));
            parts.add(columns);
            sum += columns.size();
        }
        int total = sum;
        Map<String, Map<Integer, HarmonisedCategoryInfo>> categories = new HashMap<>();
        for (Crosswalk crosswalk : crosswalks) {
            for (HarmonisedCodeList list : crosswalk.getCodeLists()) {
                Map<Integer, HarmonisedCategoryInfo> byCode = categories.computeIfAbsent(list.getVariableId(),
                        k -> new LinkedHashMap<>());
                for (HarmonisedCategory category : list.getCategories()) {
                    byCode.merge(category.getCode(), new HarmonisedCategoryInfo(category.getCode(),
                            category.getLabel(), category.isComparable(), category.getNote()),
                            (a, b) -> a.comparable() ? b : a);
                }
            }
        }

        String[] municipalities = new String[total];
        String[] caseIds = new String[total];
        byte[] versionIndex = new byte[total];
        Map<String, int[]> ints = new HashMap<>();
        Map<String, long[]> bits = new HashMap<>();
        Map<String, java.util.SortedSet<String>> unharmonised = new HashMap<>();
        Map<String, java.util.SortedMap<Integer, HarmonisedCategoryInfo>> optionsByCode = new HashMap<>();
        Map<String, String[]> comments = new HashMap<>();
        int offset = 0;
        for (int v = 0; v < versions.size(); v++) {
            FormVersion version = versions.get(v);
            CaseColumns part = parts.get(v);
            int n = part.size();
            System.arraycopy(part.municipalities(), 0, municipalities, offset, n);
            System.arraycopy(part.caseIds(), 0, caseIds, offset, n);
            java.util.Arrays.fill(versionIndex, offset, offset + n, (byte) v);
            for (Question question : version.allQuestions()) {
                String id = question.getVariableId();
                if (!part.variableIds().contains(id)) {
                    continue;
                }
                Map<Integer, Integer> recode = recoding(version, crosswalks, id);
                if (!recode.isEmpty() && question instanceof se.isu.forms.ChoiceQuestion choice) {
                    // An option the code list leaves out keeps its own code, which may mean something else
                    // in the harmonised list: results must say so rather than merge it unnoticed.
                    for (Option option : choice.getOptions()) {
                        if (!recode.containsKey(option.getCode()) && answered(part, id, option.getCode(), question instanceof MultipleChoiceQuestion)) {
                            unharmonised.computeIfAbsent(id, k -> new java.util.TreeSet<>())
                                    .add(version.getVersion() + ":" + option.getCode());
                        }
                    }
                }
                if (question instanceof se.isu.forms.ChoiceQuestion choice) {
                    collectOptions(choice, recode, categories.get(id), versions.size() < 2, optionsByCode);
                    copyComments(choice, part, recode, comments, total, offset);
                }
                switch (question) {
                    case IntegerQuestion q -> copyInts(part.ints(id), ints, id, total, offset, Map.of());
                    case DateQuestion q -> copyInts(part.ints(id), ints, id, total, offset, Map.of());
                    case SingleChoiceQuestion q -> copyInts(part.ints(id), ints, id, total, offset, recode);
                    case MultipleChoiceQuestion q when part.hasBits(id) ->
                        recodeBits(part.bits(id), bits.computeIfAbsent(id, k -> new long[total]), offset, recode, id);
                    case MultipleChoiceQuestion q -> {
                        long[] target = bits.computeIfAbsent(id, k -> new long[total]);
                        for (int row = 0; row < n; row++) {
                            long mask = 0;
                            for (int code : part.codes(id, row)) {
                                int harmonised = recode.getOrDefault(code, code);
                                if (harmonised < 0 || harmonised > 62) {
                                    throw new IllegalArgumentException(id + " has code " + harmonised
                                            + ", beyond what a bit mask holds (0..62)");
                                }
                                mask |= 1L << harmonised;
                            }
                            target[offset + row] = mask;
                        }
                    }
                    default -> {
                        // Texts are not analysed statistically.
                    }
                }
            }
            for (DerivedVariable derived : version.getDerivedVariables()) {
                String from = derived.getFrom().getVariableId();
                String to = derived.getTo().getVariableId();
                if (!part.variableIds().contains(from) || !part.variableIds().contains(to)) {
                    continue;
                }
                int[] start = part.ints(from);
                int[] end = part.ints(to);
                int[] target = ints.computeIfAbsent(derived.getVariableId(), k -> missing(total));
                for (int row = 0; row < n; row++) {
                    target[offset + row] = start[row] == MISSING || end[row] == MISSING ? MISSING : end[row] - start[row];
                }
            }
            offset += n;
        }
        int[] closingYears = missing(total);
        int[] closing = ints.get(roles.closingDateVariable());
        if (closing != null) {
            closingYears(closing, closingYears);
        }
        List<String> names = versions.stream().map(FormVersion::getVersion).toList();
        Map<String, List<HarmonisedCategoryInfo>> options = new HashMap<>();
        optionsByCode.forEach((id, byCode) -> options.put(id, List.copyOf(byCode.values())));
        Map<String, Comments> dictionaries = new HashMap<>();
        comments.forEach((key, byRow) -> dictionaries.put(key, Comments.of(byRow)));
        return new Dataset(formId, names, roles, total, municipalities, caseIds, versionIndex, closingYears, ints,
                bits, categories, unharmonised, options, dictionaries);
    }

    /**
     * The categories of a choice question across the versions: the harmonised code list's, then every
     * option of a version that the list leaves out and that is not retired, under its own code and label.
     */
    private static void collectOptions(se.isu.forms.ChoiceQuestion choice, Map<Integer, Integer> recode,
            Map<Integer, HarmonisedCategoryInfo> harmonised, boolean singleVersion,
            Map<String, java.util.SortedMap<Integer, HarmonisedCategoryInfo>> optionsByCode) {
        java.util.SortedMap<Integer, HarmonisedCategoryInfo> byCode = optionsByCode
                .computeIfAbsent(choice.getVariableId(), k -> new java.util.TreeMap<>());
        if (harmonised != null) {
            for (HarmonisedCategoryInfo category : harmonised.values()) {
                byCode.putIfAbsent(category.code(), category);
            }
        }
        for (Option option : choice.getOptions()) {
            if (!recode.containsKey(option.getCode()) && !option.isRetired()) {
                byCode.putIfAbsent(option.getCode(),
                        new HarmonisedCategoryInfo(option.getCode(), option.getLabel(), singleVersion, null));
            }
        }
    }

    /** The comments to the options of a choice question, under the options' harmonised codes. */
    private static void copyComments(se.isu.forms.ChoiceQuestion choice, CaseColumns part, Map<Integer, Integer> recode,
            Map<String, String[]> comments, int total, int offset) {
        for (Option option : choice.getOptions()) {
            String[] given = part.comments(choice.getVariableId(), option.getCode());
            if (given == null) {
                continue;
            }
            int code = recode.getOrDefault(option.getCode(), option.getCode());
            String[] target = comments.computeIfAbsent(CaseColumns.commentKey(choice.getVariableId(), code),
                    k -> new String[total]);
            for (int row = 0; row < given.length; row++) {
                if (given[row] != null) {
                    String before = target[offset + row];
                    target[offset + row] = before == null ? given[row] : before + "; " + given[row];
                }
            }
        }
    }

    /**
     * Bit masks recoded through a table of the 63 bits: a case's mask is the union of its chosen bits'
     * harmonised bits, and a column without recoding is copied as it is.
     */
    private static void recodeBits(long[] source, long[] target, int offset, Map<Integer, Integer> recode, String id) {
        long[] harmonisedBit = new long[63];
        boolean identity = true;
        for (int code = 0; code < 63; code++) {
            int harmonised = recode.getOrDefault(code, code);
            if (harmonised < 0 || harmonised > 62) {
                harmonisedBit[code] = -1;
            } else {
                harmonisedBit[code] = 1L << harmonised;
            }
            identity &= harmonised == code;
        }
        if (identity) {
            System.arraycopy(source, 0, target, offset, source.length);
            return;
        }
        for (int row = 0; row < source.length; row++) {
            long mask = source[row];
            long out = 0;
            while (mask != 0) {
                int code = Long.numberOfTrailingZeros(mask);
                if (harmonisedBit[code] == -1) {
                    throw new IllegalArgumentException(id + " has code " + recode.get(code)
                            + ", beyond what a bit mask holds (0..62)");
                }
                out |= harmonisedBit[code];
                mask &= mask - 1;
            }
            target[offset + row] = out;
        }
    }

    /** The year of each closing date, from a table of the years of the days the column spans. */
    private static void closingYears(int[] closing, int[] years) {
        int[] span = range(closing);
        if (span == null) {
            return;
        }
        int first = span[0];
        int last = span[1];
        if ((long) last - first > 400_000) {
            for (int row = 0; row < closing.length; row++) {
                years[row] = closing[row] == MISSING ? MISSING : LocalDate.ofEpochDay(closing[row]).getYear();
            }
            return;
        }
        int[] yearOf = new int[last - first + 1];
        for (int day = first; day <= last;) {
            int year = LocalDate.ofEpochDay(day).getYear();
            int next = (int) Math.min(LocalDate.of(year + 1, 1, 1).toEpochDay(), (long) last + 1);
            java.util.Arrays.fill(yearOf, day - first, next - first, year);
            day = next;
        }
        for (int row = 0; row < closing.length; row++) {
            years[row] = closing[row] == MISSING ? MISSING : yearOf[closing[row] - first];
        }
    }

    /** Whether a case of this version chose the option, so that it matters for the results. */
    private static boolean answered(CaseColumns part, String id, int code, boolean multiple) {
        if (multiple && part.hasBits(id)) {
            if (code < 0 || code > 62) {
                return false;
            }
            for (long mask : part.bits(id)) {
                if ((mask & 1L << code) != 0) {
                    return true;
                }
            }
            return false;
        }
        int[] single = multiple ? null : part.ints(id);
        for (int row = 0; row < part.size(); row++) {
            if (multiple) {
                for (int chosen : part.codes(id, row)) {
                    if (chosen == code) {
                        return true;
                    }
                }
            } else if (single[row] == code) {
                return true;
            }
        }
        return false;
    }

    private static void copyInts(int[] source, Map<String, int[]> ints, String id, int total, int offset,
            Map<Integer, Integer> recode) {
        int[] target = ints.computeIfAbsent(id, k -> missing(total));
        if (recode.isEmpty()) {
            System.arraycopy(source, 0, target, offset, source.length);
            return;
        }
        // Codes are small: a table instead of a boxed map look-up per case.
        int[] table = new int[64];
        for (int code = 0; code < table.length; code++) {
            table[code] = recode.getOrDefault(code, code);
        }
        for (int row = 0; row < source.length; row++) {
            int value = source[row];
            target[offset + row] = value == MISSING ? MISSING
                    : value >= 0 && value < table.length ? table[value] : recode.getOrDefault(value, value);
        }
    }

    /** A question one version lacks is no answer in that version's cases, not a zero. */
    private static int[] missing(int size) {
        int[] column = new int[size];
        java.util.Arrays.fill(column, MISSING);
        return column;
    }

    /** A version's option code to harmonised code, from the crosswalks that have the version on one side. */
    private static Map<Integer, Integer> recoding(FormVersion version, List<Crosswalk> crosswalks, String variableId) {
        Map<Integer, Integer> recode = new HashMap<>();
        for (Crosswalk crosswalk : crosswalks) {
            boolean source = same(crosswalk.getSource(), version);
            boolean target = same(crosswalk.getTarget(), version);
            if (!source && !target) {
                continue;
            }
            for (HarmonisedCodeList list : crosswalk.getCodeLists()) {
                if (!list.getVariableId().equals(variableId)) {
                    continue;
                }
                for (HarmonisedCategory category : list.getCategories()) {
                    for (Option option : source ? category.getSourceOptions() : category.getTargetOptions()) {
                        recode.put(option.getCode(), category.getCode());
                    }
                }
            }
        }
        return recode;
    }

    private static boolean same(FormVersion a, FormVersion b) {
        return a != null && b != null && a.getFormId().equals(b.getFormId()) && a.getVersion().equals(b.getVersion());
    }

    public String formId() {
        return formId;
    }

    /** The form versions, in the order given; a row's version is an index into it. */
    public List<String> versions() {
        return versions;
    }

    public DatasetRoles roles() {
        return roles;
    }

    public int size() {
        return size;
    }

    public String municipality(int row) {
        return municipalities[row];
    }

    public String caseId(int row) {
        return caseIds[row];
    }

    public String version(int row) {
        return versions.get(versionIndex[row]);
    }

    /** The year of the closing date, or {@link #MISSING}. */
    public int closingYear(int row) {
        return closingYears[row];
    }

    /** Each row's closing year ({@link #closingYear}): the array itself, which callers must not change. */
    public int[] closingYears() {
        return closingYears;
    }

    /**
     * The first and last closing year of any row, {@code {first, last}}, or null when no row has a closing
     * date; from the closing dates' range, found when the dataset is made.
     */
    public int[] closingYearRange() {
        int[] days = ranges.get(roles.closingDateVariable());
        return days == null ? null
                : new int[] { LocalDate.ofEpochDay(days[0]).getYear(), LocalDate.ofEpochDay(days[1]).getYear() };
    }

    public boolean hasInts(String variableId) {
        return ints.containsKey(variableId);
    }

    /** An integer, single-choice (harmonised code), date (epoch day) or derived (days) variable. */
    public int[] ints(String variableId) {
        int[] column = ints.get(variableId);
        if (column == null) {
            throw new IllegalArgumentException("no numeric or single-choice variable " + variableId + " in " + formId);
        }
        return column;
    }

    public boolean hasBits(String variableId) {
        return bits.containsKey(variableId);
    }

    /** A multiple-choice variable as harmonised-code bit masks. */
    public long[] bits(String variableId) {
        long[] column = bits.get(variableId);
        if (column == null) {
            throw new IllegalArgumentException("no multiple-choice variable " + variableId + " in " + formId);
        }
        return column;
    }

    /** The values of an int variable on the selected rows that have one, for descriptive statistics. */
    public double[] values(String variableId, BitSet rows) {
        int[] column = ints(variableId);
        long[] words = rows.toLongArray();
        double[] values = new double[rows.cardinality()];
        int n = 0;
        for (int word = 0; word < words.length; word++) {
            int base = word << 6;
            for (long w = words[word]; w != 0; w &= w - 1) {
                int value = column[base + Long.numberOfTrailingZeros(w)];
                if (value != MISSING) {
                    values[n++] = value;
                }
            }
        }
        return java.util.Arrays.copyOf(values, n);
    }

    /**
     * The values of an int variable on the selected rows that have one, counted per option of a
     * multiple-choice variable in one pass (in two halves on two threads for many rows): element i counts
     * the values of the rows that chose {@code codes[i]}, e.g. insatstid per problem area. The same
     * statistics follow from them as from {@link #valuesByCode}; null when the variable's values span too
     * wide a range to count ({@link IntHistogram#fits}), and then {@link #valuesByCode} is the way.
     */
    public IntHistogram[] histogramsByCode(String variableId, String multipleChoiceId, BitSet rows, int[] codes) {
        int[] column = ints(variableId);
        long[] masks = bits(multipleChoiceId);
        int[] range = ranges.get(variableId);
        int min = range == null ? 0 : range[0];
        int max = range == null ? 0 : range[1];
        if (!IntHistogram.fits(min, max, 2L * codes.length)) {
            return null;
        }
        int[][] indexesOfBit = indexesOfBit(codes);
        long wanted = 0;
        for (int code : codes) {
            wanted |= code >= 0 && code < 63 ? 1L << code : 0;
        }
        long counted = wanted;
        long[] words = rows.toLongArray();
        return Parallel.split(words.length, (from, to) -> {
            IntHistogram[] out = new IntHistogram[codes.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = new IntHistogram(min, max);
            }
            for (int word = from; word < to; word++) {
                int base = word << 6;
                for (long w = words[word]; w != 0; w &= w - 1) {
                    int row = base + Long.numberOfTrailingZeros(w);
                    int value = column[row];
                    if (value == MISSING) {
                        continue;
                    }
                    for (long mask = masks[row] & counted; mask != 0; mask &= mask - 1) {
                        for (int i : indexesOfBit[Long.numberOfTrailingZeros(mask)]) {
                            out[i].add(value);
                        }
                    }
                }
            }
            return out;
        }, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i].addAll(b[i]);
            }
            return a;
        });
    }

    /** Per bit 0..63, the indexes of the codes that are that bit (codes outside 0..62 in none). */
    private static int[][] indexesOfBit(int[] codes) {
        int[][] indexesOfBit = new int[64][0];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && codes[i] < 63) {
                int[] before = indexesOfBit[codes[i]];
                indexesOfBit[codes[i]] = java.util.Arrays.copyOf(before, before.length + 1);
                indexesOfBit[codes[i]][before.length] = i;
            }
        }
        return indexesOfBit;
    }

    /**
     * The values of an int variable on the selected rows that have one, split by the options of a
     * multiple-choice variable in one pass: element i holds the values of the rows that chose
     * {@code codes[i]} (a row that chose several options is in each of their groups), e.g. insatstid per
     * problem area.
     */
    public double[][] valuesByCode(String variableId, String multipleChoiceId, BitSet rows, int[] codes) {
        int[] column = ints(variableId);
        long[] masks = bits(multipleChoiceId);
        int[][] indexesOfBit = new int[64][0];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && codes[i] < 63) {
                int[] before = indexesOfBit[codes[i]];
                indexesOfBit[codes[i]] = java.util.Arrays.copyOf(before, before.length + 1);
                indexesOfBit[codes[i]][before.length] = i;
            }
        }
        double[][] out = new double[codes.length][16];
        int[] counts = new int[codes.length];
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            int value = column[row];
            if (value == MISSING) {
                continue;
            }
            for (long mask = masks[row]; mask != 0; mask &= mask - 1) {
                for (int i : indexesOfBit[Long.numberOfTrailingZeros(mask)]) {
                    if (counts[i] == out[i].length) {
                        out[i] = java.util.Arrays.copyOf(out[i], out[i].length * 2);
                    }
                    out[i][counts[i]++] = value;
                }
            }
        }
        for (int i = 0; i < codes.length; i++) {
            out[i] = java.util.Arrays.copyOf(out[i], counts[i]);
        }
        return out;
    }

    /**
     * The categories of a choice question in code order: the harmonised code list's categories, then the
     * options the list leaves out under their own codes; empty for a variable that is no choice.
     */
    public List<HarmonisedCategoryInfo> options(String variableId) {
        return options.getOrDefault(variableId, List.of());
    }

    /** The label of a choice code: its category's, or the code itself when there is none. */
    public String label(String variableId, int code) {
        for (HarmonisedCategoryInfo option : options(variableId)) {
            if (option.code() == code) {
                return option.label();
            }
        }
        return String.valueOf(code);
    }

    /**
     * The free-text comments given to one option (by harmonised code) of a choice question, by row;
     * null where a case has none, and null altogether when no version asks for one.
     */
    public String[] comments(String variableId, int code) {
        Comments dictionary = commentDictionary(variableId, code);
        return dictionary == null ? null : dictionary.toArray();
    }

    /**
     * The comments given to one option (by harmonised code) as a dictionary: each distinct text once and a
     * code per row; null when no version asks for one. Built once by {@link #load}.
     */
    public Comments commentDictionary(String variableId, int code) {
        return comments.get(CaseColumns.commentKey(variableId, code));
    }

    /**
     * The smallest and largest value of an int variable, {@link #MISSING} left out: {@code {min, max}}, or
     * null when no row has a value. Found once when the dataset is made.
     */
    public int[] range(String variableId) {
        ints(variableId);
        int[] range = ranges.get(variableId);
        return range == null ? null : range.clone();
    }

    /**
     * Each row's municipality as an index into {@link #municipalityNames()}: the array itself, which
     * callers must not change.
     */
    public int[] municipalityIndexes() {
        return municipalityIndex;
    }

    /** The municipalities by index (see {@link #municipalityIndexes()}), in the order of their first row. */
    public List<String> municipalityNames() {
        return municipalityNames;
    }

    /** The harmonised category of a choice code, or null when the crosswalks have none for it. */
    public HarmonisedCategoryInfo category(String variableId, int code) {
        Map<Integer, HarmonisedCategoryInfo> byCode = categories.get(variableId);
        return byCode == null ? null : byCode.get(code);
    }

    /**
     * Notes for a result that combines cases of several versions: one for each category of the
     * variable that is not comparable between them. None when the dataset holds a single version.
     */
    public List<String> comparabilityNotes(String variableId) {
        Map<Integer, HarmonisedCategoryInfo> byCode = categories.get(variableId);
        if (byCode == null || versions.size() < 2) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        if (unharmonised.containsKey(variableId)) {
            notes.add(NLS.bind(Messages.notHarmonised, variableId, String.join(", ", unharmonised.get(variableId))));
        }
        for (HarmonisedCategoryInfo category : byCode.values()) {
            if (!category.comparable()) {
                notes.add(NLS.bind(Messages.notComparable, new Object[] { variableId, category.label(),
                        category.note() == null ? "" : category.note() }).strip());
            }
        }
        return notes;
    }

    /** Every row. */
    public BitSet all() {
        BitSet rows = new BitSet(size);
        rows.set(0, size);
        return rows;
    }

    /** The municipalities that have cases in this dataset, in the order of their names. */
    public List<String> municipalities() {
        return municipalityNames.stream().sorted().toList();
    }

    /** The selected rows split by municipality, in the order of the names; municipalities without rows left out. */
    public java.util.SortedMap<String, BitSet> byMunicipality(BitSet rows) {
        long[] selected = rows.toLongArray();
        long[][] groups = new long[municipalityNames.size()][];
        for (int word = 0; word < selected.length; word++) {
            int base = word << 6;
            for (long w = selected[word]; w != 0; w &= w - 1) {
                int bit = Long.numberOfTrailingZeros(w);
                int index = municipalityIndex[base + bit];
                if (groups[index] == null) {
                    groups[index] = new long[selected.length];
                }
                groups[index][word] |= 1L << bit;
            }
        }
        java.util.SortedMap<String, BitSet> out = new java.util.TreeMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] != null) {
                out.put(municipalityNames.get(i), BitSet.valueOf(groups[i]));
            }
        }
        return out;
    }

    /** The rows the filter selects, without going back to the store. */
    public BitSet select(DatasetFilter filter) {
        int[] sex = ints.get(roles.sexVariable());
        int[] age = ints.get(roles.ageVariable());
        Set<String> wantedVersions = filter.formVersions();
        boolean[] versionWanted = new boolean[versions.size()];
        boolean anyVersion = true;
        for (int v = 0; v < versions.size(); v++) {
            versionWanted[v] = wantedVersions.isEmpty() || wantedVersions.contains(versions.get(v));
            anyVersion &= versionWanted[v];
        }
        boolean[] municipalityWanted = null;
        if (!filter.municipalities().isEmpty()) {
            municipalityWanted = new boolean[municipalityNames.size()];
            for (int i = 0; i < municipalityWanted.length; i++) {
                municipalityWanted[i] = filter.municipalities().contains(municipalityNames.get(i));
            }
        }
        Set<Integer> years = filter.closingYears();
        Set<Integer> sexes = filter.sexes();
        if (!sexes.isEmpty() && sex == null) {
            return new BitSet(size);
        }
        Integer minAge = filter.minAge();
        Integer maxAge = filter.maxAge();
        boolean anyAge = minAge == null && maxAge == null;
        if (!anyAge && age == null) {
            return new BitSet(size);
        }
        int lowAge = minAge == null ? Integer.MIN_VALUE + 1 : minAge;
        int highAge = maxAge == null ? Integer.MAX_VALUE : maxAge;
        // The set's answer for the last value asked about, so the boxed look-up runs once per run of equal values.
        int lastYear = MISSING;
        boolean lastYearWanted = false;
        int lastSex = MISSING;
        boolean lastSexWanted = false;
        long[] words = new long[(size + 63) >> 6];
        for (int row = 0; row < size; row++) {
            if (!anyVersion && !versionWanted[versionIndex[row]]
                    || municipalityWanted != null && !municipalityWanted[municipalityIndex[row]]) {
                continue;
            }
            if (!years.isEmpty()) {
                int year = closingYears[row];
                if (year != lastYear) {
                    lastYear = year;
                    lastYearWanted = year != MISSING && years.contains(year);
                }
                if (!lastYearWanted) {
                    continue;
                }
            }
            if (!sexes.isEmpty()) {
                int value = sex[row];
                if (value != lastSex) {
                    lastSex = value;
                    lastSexWanted = sexes.contains(value);
                }
                if (!lastSexWanted) {
                    continue;
                }
            }
            if (!anyAge) {
                int value = age[row];
                if (value == MISSING || value < lowAge || value > highAge) {
                    continue;
                }
            }
            words[row >> 6] |= 1L << row;
        }
        return BitSet.valueOf(words);
    }
}
