package se.isu.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import se.isu.demo.DemoCase;

/**
 * Cases closed in 2021, recorded with SU-X 2021, for six municipalities: the three of the 2020 report and
 * Sandviken, Ockelbo and Ljusdal. Not an oracle of any published figure: plausible cases in which every
 * option of the 2021 form that is in use is chosen somewhere, and small municipalities whose counts
 * disclosure control has to mask. Drawn from a generator with a fixed seed.
 */
public final class Cases2021 {

    /** Municipalities and their number of cases. */
    static final String[] MUNICIPALITIES = { "Hudiksvall", "Ovanåker", "Söderhamn", "Sandviken", "Ockelbo", "Ljusdal" };
    static final int[] COUNTS = { 84, 41, 93, 118, 17, 46 };
    private static final String[] PREFIX = { "HU", "OV", "SÖ", "SA", "OC", "LJ" };

    // SU-X 2021 codes.
    private static final int[] SEX = { 1, 2, 3 };
    private static final double[] SEX_WEIGHT = { 0.47, 0.51, 0.02 };
    private static final int[] BIRTHPLACE = { 1, 2, 3, 4, 5, 6 };
    private static final double[] BIRTHPLACE_WEIGHT = { 0.62, 0.1, 0.09, 0.06, 0.1, 0.03 };
    private static final int[] PREVIOUS = { 1, 2, 3, 4 };
    private static final double[] PREVIOUS_WEIGHT = { 0.66, 0.15, 0.15, 0.04 };
    /** Problem areas in use in 2021: 14 replaced 6, 15 replaced 13 (footnote 36). */
    private static final int[] AREAS = { 1, 2, 3, 4, 5, 14, 7, 8, 9, 10, 11, 12, 15 };
    private static final double[] AREA_WEIGHT = { 0.09, 0.08, 0.01, 0.15, 0.28, 0.06, 0.1, 0.08, 0.04, 0.06, 0.015, 0.04, 0.03 };
    private static final int OTHER_AREA = 15;
    private static final List<String> OTHER_AREAS = List.of("Förälders intellektuella funktionsnedsättning",
            "Barnets neuropsykiatriska funktionsnedsättning", "Ensamkommande, anknytningsproblem", "Sorg efter förälders död");
    private static final int TRADITIONAL = 3;
    private static final int CRISIS = 4;
    private static final int OTHER_MANUAL = 5;
    private static final int OTHER_NON_MANUAL = 6;
    private static final List<String> MANUAL_METHODS = List.of("Trygghetscirkeln", "Tryggare barn", "Bassamtal",
            "Föräldraskap i förändring", "Marte meo", "KIBB", "ABC", "Komet", "Samarbetssamtal", "IHF");
    private static final List<String> NON_MANUAL = List.of("Stödsamtal med barnet", "Nätverksmöten", "Samtal med förälder",
            "Praktiskt stöd i hemmet");
    private static final int NEVER_STARTED = 5;
    private static final double[] REASON_WEIGHT = { 0.58, 0.11, 0.16, 0.06, 0.03, 0.06 };
    private static final List<String> NOT_MEETING_NEEDS = List.of("Barnet behöver placeras", "BUP har tagit över",
            "Föräldrarna behöver stöd för egna problem");
    private static final List<String> OTHER_REASONS = List.of("Familjen har flyttat från kommunen",
            "Ärendet har flyttats över till annan kommun");

    private final Random random = new Random(2021_0506L);

    private Cases2021() {
    }

    /** The cases, municipality by municipality, each ordered by closing date. */
    public static List<DemoCase> cases() {
        return new Cases2021().build();
    }

    private List<DemoCase> build() {
        List<DemoCase> cases = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES.length; m++) {
            List<DemoCase> here = new ArrayList<>();
            for (int i = 0; i < COUNTS[m]; i++) {
                here.add(draw(MUNICIPALITIES[m], PREFIX[m], i + 1));
            }
            here.sort(Comparator.comparing(DemoCase::end).thenComparing(DemoCase::caseId));
            cases.addAll(here);
        }
        return everyOptionUsed(cases);
    }

    private DemoCase draw(String municipality, String prefix, int number) {
        int reason = pick(new int[] { 1, 2, 3, 4, 5, 6 }, REASON_WEIGHT);
        int areaCount = 1 + pick(new int[] { 0, 1, 2 }, new double[] { 0.3, 0.4, 0.3 });
        TreeSet<Integer> areas = new TreeSet<>();
        while (areas.size() < areaCount) {
            areas.add(pick(AREAS, AREA_WEIGHT));
        }
        SortedMap<Integer, String> areaComments = new TreeMap<>();
        if (areas.contains(OTHER_AREA)) {
            areaComments.put(OTHER_AREA, OTHER_AREAS.get(random.nextInt(OTHER_AREAS.size())));
        }
        TreeSet<Integer> interventions = new TreeSet<>();
        SortedMap<Integer, String> methods = new TreeMap<>();
        boolean violence = areas.contains(1) || areas.contains(2);
        if (reason != NEVER_STARTED) {
            if (violence && random.nextDouble() < 0.5) {
                interventions.add(CRISIS);
            }
            if (random.nextDouble() < 0.3) {
                interventions.add(OTHER_MANUAL);
                methods.put(OTHER_MANUAL, MANUAL_METHODS.get(random.nextInt(MANUAL_METHODS.size())));
            }
            if (random.nextDouble() < 0.12) {
                interventions.add(OTHER_NON_MANUAL);
                methods.put(OTHER_NON_MANUAL, NON_MANUAL.get(random.nextInt(NON_MANUAL.size())));
            }
            if (interventions.isEmpty() || random.nextDouble() < 0.2) {
                interventions.add(TRADITIONAL);
            }
        }
        boolean crisisOnly = interventions.equals(new TreeSet<>(List.of(CRISIS)));
        int days = reason == NEVER_STARTED ? -1
                : (int) Math.min(1000, Math.max(3, Math.round((crisisOnly ? 35 : 180) * Math.exp(0.65 * random.nextGaussian()))));
        LocalDate end = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365));
        LocalDate start = days < 0 ? null : end.minusDays(days);
        LocalDate referral = (start != null ? start : end.minusDays(20)).minusDays(Math.round(Math.abs(14 * random.nextGaussian())));
        int age = (int) Math.max(0, Math.min(20, Math.round((areas.contains(12) || areas.contains(11) ? 15 : 9) + 4 * random.nextGaussian())));
        String comment = reason == 2 ? NOT_MEETING_NEEDS.get(random.nextInt(NOT_MEETING_NEEDS.size()))
                : reason == 6 ? OTHER_REASONS.get(random.nextInt(OTHER_REASONS.size())) : null;
        return new DemoCase(municipality, "2021", String.format(Locale.ROOT, "%s-2021-%03d", prefix, number), age,
                pick(SEX, SEX_WEIGHT), pick(BIRTHPLACE, BIRTHPLACE_WEIGHT), referral, start, pick(PREVIOUS, PREVIOUS_WEIGHT),
                areas, areaComments, interventions, methods, end, reason, comment);
    }

    /**
     * Makes sure every option in use is chosen at least once: an option no case has drawn is given to the
     * first case of the largest municipality that can take it without breaking a rule.
     */
    private static List<DemoCase> everyOptionUsed(List<DemoCase> cases) {
        List<DemoCase> result = new ArrayList<>(cases);
        for (int code : SEX) {
            if (result.stream().noneMatch(c -> c.sex() == code)) {
                replace(result, 0, c -> new DemoCase(c.municipality(), c.formVersion(), c.caseId(), c.age(), code,
                        c.birthplace(), c.referral(), c.start(), c.previous(), c.problemAreas(), c.problemComments(),
                        c.interventions(), c.interventionComments(), c.end(), c.endReason(), c.endReasonComment()));
            }
        }
        for (int code : BIRTHPLACE) {
            if (result.stream().noneMatch(c -> c.birthplace() == code)) {
                replace(result, 1, c -> new DemoCase(c.municipality(), c.formVersion(), c.caseId(), c.age(), c.sex(),
                        code, c.referral(), c.start(), c.previous(), c.problemAreas(), c.problemComments(),
                        c.interventions(), c.interventionComments(), c.end(), c.endReason(), c.endReasonComment()));
            }
        }
        for (int code : AREAS) {
            if (result.stream().noneMatch(c -> c.problemAreas().contains(code))) {
                throw new IllegalStateException("problem area " + code + " never drawn; change the seed or the weights");
            }
        }
        for (int code : new int[] { TRADITIONAL, CRISIS, OTHER_MANUAL, OTHER_NON_MANUAL }) {
            if (result.stream().noneMatch(c -> c.interventions().contains(code))) {
                throw new IllegalStateException("intervention " + code + " never drawn; change the seed or the weights");
            }
        }
        for (int code = 1; code <= 6; code++) {
            int reason = code;
            if (result.stream().noneMatch(c -> c.endReason() == reason)) {
                throw new IllegalStateException("end reason " + code + " never drawn; change the seed or the weights");
            }
        }
        for (int code : PREVIOUS) {
            if (result.stream().noneMatch(c -> c.previous() == code)) {
                throw new IllegalStateException("Tidigare aktuell " + code + " never drawn; change the seed or the weights");
            }
        }
        return result;
    }

    private static void replace(List<DemoCase> cases, int index, java.util.function.UnaryOperator<DemoCase> change) {
        cases.set(index, change.apply(cases.get(index)));
    }

    private int pick(int[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
