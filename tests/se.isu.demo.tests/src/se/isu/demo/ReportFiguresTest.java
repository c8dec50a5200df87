package se.isu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2020 demo cases against the figures printed in FoU-rapport 2021:2, counted here directly from the
 * cases, independently of the analysis engine: Tabell 1, 3, X.1 and X.2 exactly, the shares of 5.1–5.5 to
 * the printed precision, Tabell 2's counts with its ≤4.
 */
class ReportFiguresTest {

    private static final String SODERHAMN = "Söderhamn";
    private static final String OVANAKER = "Ovanåker";
    private static final String HUDIKSVALL = "Hudiksvall";

    private static List<DemoCase> cases;

    @BeforeAll
    static void build() {
        cases = DemoData.cases2020();
    }

    private static List<DemoCase> where(Predicate<DemoCase> test) {
        return cases.stream().filter(test).toList();
    }

    private static String mean(List<DemoCase> group, java.util.function.ToIntFunction<DemoCase> value, int decimals) {
        long sum = group.stream().mapToLong(value::applyAsInt).sum();
        return new BigDecimal(sum).divide(new BigDecimal(group.size()), decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String median(List<DemoCase> group) {
        List<Integer> days = new ArrayList<>(group.stream().map(DemoCase::interventionDays).toList());
        Collections.sort(days);
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
        return new BigDecimal(median).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(long part, long whole) {
        return new BigDecimal(part * 100).divide(new BigDecimal(whole), 0, RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean traditional(DemoCase c) {
        return c.interventions().contains(1);
    }

    private static boolean manual(DemoCase c) {
        return c.interventions().contains(2);
    }

    @Test
    void tabell1BackgroundPerMunicipality() {
        // Kommun, flickor, pojkar, medelålder, min-ålder, max-ålder, genomsnittlig inskrivningstid (insatstid)
        String[][] printed = { { SODERHAMN, "46", "44", "8.9", "0", "18", "155" }, { OVANAKER, "22", "22", "8.6", "0", "19", "257" },
                { HUDIKSVALL, "32", "48", "10.5", "0", "17", "260" } };
        for (String[] row : printed) {
            List<DemoCase> here = where(c -> c.municipality().equals(row[0]));
            assertEquals(row[1], String.valueOf(here.stream().filter(c -> c.sex() == 1).count()), row[0] + " girls");
            assertEquals(row[2], String.valueOf(here.stream().filter(c -> c.sex() == 2).count()), row[0] + " boys");
            assertEquals(row[3], mean(here, DemoCase::age, 1), row[0] + " mean age");
            assertEquals(row[4], String.valueOf(here.stream().mapToInt(DemoCase::age).min().orElseThrow()), row[0] + " min age");
            assertEquals(row[5], String.valueOf(here.stream().mapToInt(DemoCase::age).max().orElseThrow()), row[0] + " max age");
            assertEquals(row[6], mean(here, DemoCase::interventionDays, 0), row[0] + " mean days");
        }
        assertEquals(214, cases.size());
        assertEquals("215", mean(cases, DemoCase::interventionDays, 0), "5.1: on average 215 days");
        assertEquals("9", mean(cases, DemoCase::age, 0), "5.1: mean age 9");
    }

    @Test
    void tabell3NewAndRecurring() {
        String[][] printed = { { "1", "147", "190", "9" }, { "2", "31", "273", "9" }, { "3", "36", "270", "11" } };
        for (String[] row : printed) {
            List<DemoCase> group = where(c -> c.previous() == Integer.parseInt(row[0]));
            assertEquals(row[1], String.valueOf(group.size()), "Tidigare aktuell " + row[0]);
            assertEquals(row[2], mean(group, DemoCase::interventionDays, 0), "mean days, Tidigare aktuell " + row[0]);
            assertEquals(row[3], mean(group, DemoCase::age, 0), "mean age, Tidigare aktuell " + row[0]);
        }
        // 5.5: about 70 % new; traditional family treatment (alone) for 53 % of the new.
        assertEquals("69", percent(147, 214));
        List<DemoCase> fresh = where(c -> c.previous() == 1);
        assertEquals("53", percent(fresh.stream().filter(c -> traditional(c) && !manual(c)).count(), fresh.size()));
    }

    @Test
    void tabellX1CoOccurrence() {
        // code, total, alone, ratio
        int[][] printed = { { 1, 38, 18, 47 }, { 2, 34, 8, 24 }, { 12, 17, 4, 24 }, { 7, 42, 8, 19 }, { 4, 64, 8, 13 },
                { 5, 122, 14, 11 }, { 8, 33, 2, 6 }, { 9, 17, 1, 6 }, { 6, 25, 1, 4 }, { 10, 27, 0, 0 }, { 11, 6, 0, 0 },
                { 3, 1, 0, 0 } };
        for (int[] row : printed) {
            List<DemoCase> with = where(c -> c.problemAreas().contains(row[0]));
            long alone = with.stream().filter(c -> c.problemAreas().size() == 1).count();
            assertEquals(row[1], with.size(), "total of area " + row[0]);
            assertEquals(row[2], alone, "alone of area " + row[0]);
            assertEquals(String.valueOf(row[3]), percent(alone, with.size()), "ratio of area " + row[0]);
        }
        int mentions = cases.stream().mapToInt(c -> c.problemAreas().size()).sum();
        long alone = cases.stream().filter(c -> c.problemAreas().size() == 1).count();
        assertEquals(426, mentions);
        assertEquals(64, alone);
        assertEquals("15", percent(alone, mentions));
        assertEquals(213, where(c -> !c.problemAreas().isEmpty()).size(), "footnote 23: one child without problem areas");
    }

    @Test
    void tabellX2LengthPerProblemArea() {
        // code, n, mean, median, max, min
        int[][] printed = { { 9, 17, 269, 174, 713, 33 }, { 5, 122, 231, 149, 1081, 0 }, { 7, 42, 233, 149, 882, 12 },
                { 6, 25, 340, 323, 1081, 4 }, { 11, 6, 96, 95, 161, 37 }, { 12, 17, 181, 145, 568, 19 },
                { 3, 1, 217, 217, 217, 217 }, { 8, 33, 257, 212, 1081, 23 }, { 4, 64, 199, 162, 678, 19 },
                { 10, 27, 235, 192, 685, 0 }, { 1, 38, 107, 68, 520, 0 }, { 2, 34, 138, 117, 469, 0 } };
        for (int[] row : printed) {
            List<DemoCase> with = where(c -> c.problemAreas().contains(row[0]));
            String area = "area " + row[0];
            assertEquals(row[1], with.size(), area);
            assertEquals(String.valueOf(row[2]), mean(with, DemoCase::interventionDays, 0), area + " mean");
            assertEquals(String.valueOf(row[3]), median(with), area + " median");
            assertEquals(row[4], with.stream().mapToInt(DemoCase::interventionDays).max().orElseThrow(), area + " max");
            assertEquals(row[5], with.stream().mapToInt(DemoCase::interventionDays).min().orElseThrow(), area + " min");
        }
    }

    @Test
    void diagram1ProblemAreaShares() {
        // 5.1.1: 57 % with Brister i fostrar-/föräldraförmåga, 30 % with Relationsproblem i familjen, of 213 children
        assertEquals("57", percent(where(c -> c.problemAreas().contains(5)).size(), 213));
        assertEquals("30", percent(where(c -> c.problemAreas().contains(4)).size(), 213));
    }

    @Test
    void diagram2BoysAndGirlsDifferAsTheReportSays() {
        for (int boys : new int[] { 5, 9, 12, 11 }) {
            assertTrue(share(boys, 2) > share(boys, 1), "area " + boys + " more common among boys");
        }
        for (int girls : new int[] { 4, 1 }) {
            assertTrue(share(girls, 1) > share(girls, 2), "area " + girls + " more common among girls");
        }
    }

    private static double share(int area, int sex) {
        List<DemoCase> ofSex = where(c -> c.sex() == sex && !c.problemAreas().isEmpty());
        return ofSex.stream().filter(c -> c.problemAreas().contains(area)).count() / (double) ofSex.size();
    }

    @Test
    void diagram4AndSection52InterventionMix() {
        long traditionalOnly = where(c -> traditional(c) && !manual(c)).size();
        long manualOnly = where(c -> manual(c) && !traditional(c)).size();
        long both = where(c -> manual(c) && traditional(c)).size();
        assertEquals("59", percent(traditionalOnly, 214));
        assertEquals("29", percent(manualOnly, 214));
        assertEquals("12", percent(both, 214));
        assertEquals(25, both, "5.3: 25 cases combined the two");
        // Söderhamn: traditional alone somewhat less common, the combination somewhat more common.
        assertTrue(mixShare(SODERHAMN, true, false) < mixShare(OVANAKER, true, false)
                && mixShare(SODERHAMN, true, false) < mixShare(HUDIKSVALL, true, false));
        assertTrue(mixShare(SODERHAMN, true, true) > mixShare(OVANAKER, true, true)
                && mixShare(SODERHAMN, true, true) > mixShare(HUDIKSVALL, true, true));
    }

    private static double mixShare(String municipality, boolean withTraditional, boolean withManual) {
        List<DemoCase> here = where(c -> c.municipality().equals(municipality));
        return here.stream().filter(c -> traditional(c) == withTraditional && manual(c) == withManual).count() / (double) here.size();
    }

    @Test
    void tabell2NamedMethods() {
        Map<String, Long> counts = new TreeMap<>();
        for (DemoCase c : cases) {
            String method = c.interventionComments().get(2);
            if (method != null) {
                counts.merge(canonical(method), 1L, Long::sum);
            }
        }
        Map<String, String> printed = new TreeMap<>(Map.ofEntries(Map.entry("A-CRA", "≤4"), Map.entry("Bassamtal", "11"),
                Map.entry("Föräldraplan", "≤4"), Map.entry("Hemflyttssamtal efter placering", "≤4"), Map.entry("IHF", "≤4"),
                Map.entry("Jag och min familj", "≤4"), Map.entry("KIBB", "≤4"),
                Map.entry("Krisstöd vid orosanmälan om våld mot barn", "24"), Map.entry("Marte meo", "≤4"),
                Map.entry("Placeringssamtal", "≤4"), Map.entry("PYC (Parenting young children)", "≤4"),
                Map.entry("Påverkansprogrammet", "≤4"), Map.entry("Samarbetssamtal", "≤4"), Map.entry("Tryggare barn", "11"),
                Map.entry("Trygghetscirkeln", "19"), Map.entry("Återfallsprevention", "≤4")));
        Map<String, String> shown = new TreeMap<>();
        counts.forEach((method, n) -> shown.put(method, n < 5 ? "≤4" : String.valueOf(n)));
        assertEquals(printed, shown);
        assertTrue(where(c -> c.municipality().equals(HUDIKSVALL)).stream()
                .noneMatch(c -> canonical(String.valueOf(c.interventionComments().get(2))).startsWith("Krisstöd")),
                "footnote 21: no crisis support registered in Hudiksvall");
    }

    /** The spellings the demo files use for one method, brought together the way an analyst would. */
    private static String canonical(String written) {
        String t = written.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("krisstöd")) {
            return "Krisstöd vid orosanmälan om våld mot barn";
        }
        if (t.startsWith("trygghetscirkeln")) {
            return "Trygghetscirkeln";
        }
        if (t.equals("marte meo")) {
            return "Marte meo";
        }
        if (t.startsWith("pyc")) {
            return "PYC (Parenting young children)";
        }
        return written.strip();
    }

    @Test
    void section53EndReasons() {
        assertEquals("60", percent(where(c -> c.endReason() == 1).size(), 214), "goals met");
        assertEquals("17", percent(where(c -> c.endReason() == 3).size(), 214), "ended by the guardian");
        assertEquals("11", percent(where(c -> c.endReason() == 2).size(), 214), "not meeting the child's needs");
        List<DemoCase> manualOnly = where(c -> manual(c) && !traditional(c));
        assertEquals("32", percent(manualOnly.stream().filter(c -> c.endReason() == 3).count(), manualOnly.size()));
        List<DemoCase> both = where(c -> manual(c) && traditional(c));
        assertEquals("88", percent(both.stream().filter(c -> c.endReason() == 1).count(), both.size()));
        List<DemoCase> relation = where(c -> c.problemAreas().contains(4));
        assertEquals("25", percent(relation.stream().filter(c -> c.endReason() == 3).count(), relation.size()),
                "one in four with relationship problems ended by the guardian");
    }

    @Test
    void section54MedianLengthPerInterventionMix() {
        assertEquals("162", median(where(c -> traditional(c) && !manual(c))));
        assertEquals("82", median(where(c -> manual(c) && !traditional(c))));
        assertEquals("216", median(where(c -> manual(c) && traditional(c))));
    }

    @Test
    void theCasesAreTheSameEveryTimeAndObeyTheForm() {
        assertEquals(cases, DemoData.cases2020());
        for (DemoCase c : cases) {
            assertTrue(c.referral().isBefore(c.start()) || c.referral().equals(c.start()), c.caseId());
            assertTrue(!c.end().isBefore(c.start()), c.caseId());
            assertEquals(2020, c.end().getYear(), c.caseId());
            assertTrue(c.problemAreas().size() <= 3, c.caseId());
            assertTrue(c.age() >= 0 && c.age() <= 20, c.caseId());
        }
    }
}
