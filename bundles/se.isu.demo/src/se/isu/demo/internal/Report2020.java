package se.isu.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import se.isu.demo.DemoCase;
import se.isu.demo.internal.Annealing.Kind;

/**
 * The 214 cases closed in 2020 in Hudiksvall, Ovanåker and Söderhamn, built so that the report's
 * published figures (FoU-rapport 2021:2, chapter 5 and Bilaga 3) come out of them: Tabell 1, 3, X.1 and
 * X.2 exactly, the shares of 5.2 and 5.3 and Tabell 2's counts to the printed precision. Where the report
 * contradicts itself, docs/demo-data.md says which figure is followed. Nothing here is random at run
 * time: every choice is either written out below or drawn from a generator with a fixed seed.
 */
public final class Report2020 {

    // Problem areas, codes of SU-X 2020 (question 6).
    static final int VALD = 1; // Utsatt för våld/övergrepp
    static final int VALD_FAMILJ = 2; // Våld i familjen
    static final int HEDER = 3; // Hedersrelaterat våld och/eller förtryck
    static final int RELATION = 4; // Relationsproblem i familjen
    static final int FOSTRAN = 5; // Brister i fostrar-/föräldraförmåga
    static final int PSYK_FORALDER = 6; // Brister i hemmiljön, pga. psykisk ohälsa/intellektuell funktionsnedsättning hos förälder
    static final int MISSBRUK_FORALDER = 7; // Brister i hemmiljön, pga. missbruk hos förälder
    static final int PSYK_BARN = 8; // Psykisk ohälsa hos barnet
    static final int BETEENDE = 9; // Beteendeproblem
    static final int SKOLA = 10; // Skolproblem
    static final int BROTT = 11; // Egen brottslighet/kriminalitet
    static final int MISSBRUK = 12; // Eget missbruk

    /** Interventions of SU-X 2020 (question 7): traditional family treatment, manual-based method. */
    static final int TRADITIONAL = 1;
    static final int MANUAL = 2;

    /** The intervention mix of Diagram 4. */
    enum Mix {
        TRADITIONAL_ONLY, MANUAL_ONLY, BOTH
    }

    static final String SODERHAMN = "Söderhamn";
    static final String OVANAKER = "Ovanåker";
    static final String HUDIKSVALL = "Hudiksvall";

    // Tabell 1.
    static final String[] MUNICIPALITIES = { SODERHAMN, OVANAKER, HUDIKSVALL };
    static final int[] GIRLS = { 46, 22, 32 };
    static final int[] BOYS = { 44, 22, 48 };
    static final double[] MEAN_AGE = { 8.9, 8.6, 10.5 };
    static final int[] MAX_AGE = { 18, 19, 17 };
    static final int[] MEAN_DAYS = { 155, 257, 260 };

    // Tabell 3, by Tidigare aktuell: Nej, En gång tidigare, Flera gånger tidigare.
    static final int[] PREVIOUS_COUNT = { 147, 31, 36 };
    static final int[] PREVIOUS_MEAN_DAYS = { 190, 273, 270 };
    static final int[] PREVIOUS_MEAN_AGE = { 9, 9, 11 };
    /** Children given traditional family treatment only, by Tidigare aktuell (5.5: 53 %, 67 %, 76 %). */
    static final int[] PREVIOUS_TRADITIONAL_ONLY = { 78, 21, 27 };

    /** Tabell X.2 by problem area code: n, mean, median, max, min. */
    static final Map<Integer, int[]> LENGTH = new LinkedHashMap<>();

    static {
        LENGTH.put(BETEENDE, new int[] { 17, 269, 174, 713, 33 });
        LENGTH.put(FOSTRAN, new int[] { 122, 231, 149, 1081, 0 });
        LENGTH.put(MISSBRUK_FORALDER, new int[] { 42, 233, 149, 882, 12 });
        LENGTH.put(PSYK_FORALDER, new int[] { 25, 340, 323, 1081, 4 });
        LENGTH.put(BROTT, new int[] { 6, 96, 95, 161, 37 });
        LENGTH.put(MISSBRUK, new int[] { 17, 181, 145, 568, 19 });
        LENGTH.put(HEDER, new int[] { 1, 217, 217, 217, 217 });
        LENGTH.put(PSYK_BARN, new int[] { 33, 257, 212, 1081, 23 });
        LENGTH.put(RELATION, new int[] { 64, 199, 162, 678, 19 });
        LENGTH.put(SKOLA, new int[] { 27, 235, 192, 685, 0 });
        LENGTH.put(VALD, new int[] { 38, 107, 68, 520, 0 });
        LENGTH.put(VALD_FAMILJ, new int[] { 34, 138, 117, 469, 0 });
    }

    /** Median intervention length by mix (5.4): traditional only, manual only, both. */
    static final int[] MIX_MEDIAN_DAYS = { 162, 82, 216 };

    private record Template(int count, int... areas) {
    }

    /**
     * Tabell X.1's "alone" column: children with exactly one problem area. The pairs and triples below
     * carry the rest of each area's mentions: 64 children with one area, 85 with two and 64 with three
     * give the 426 mentions of 213 children.
     */
    private static final List<Template> SINGLES = List.of(new Template(18, VALD), new Template(8, VALD_FAMILJ),
            new Template(4, MISSBRUK), new Template(8, MISSBRUK_FORALDER), new Template(8, RELATION),
            new Template(14, FOSTRAN), new Template(2, PSYK_BARN), new Template(1, BETEENDE),
            new Template(1, PSYK_FORALDER));

    private static final List<Template> PAIRS = List.of(new Template(16, FOSTRAN, RELATION),
            new Template(14, FOSTRAN, MISSBRUK_FORALDER), new Template(8, FOSTRAN, PSYK_FORALDER),
            new Template(8, VALD, FOSTRAN), new Template(5, VALD, VALD_FAMILJ), new Template(6, RELATION, PSYK_BARN),
            new Template(4, RELATION, SKOLA), new Template(4, FOSTRAN, SKOLA), new Template(3, MISSBRUK, BROTT),
            new Template(3, BETEENDE, MISSBRUK), new Template(2, RELATION, PSYK_FORALDER),
            new Template(2, MISSBRUK_FORALDER, PSYK_FORALDER), new Template(2, MISSBRUK_FORALDER, MISSBRUK),
            new Template(3, BETEENDE, SKOLA), new Template(3, FOSTRAN, PSYK_BARN),
            new Template(2, VALD_FAMILJ, RELATION));

    private static final List<Template> TRIPLES = List.of(new Template(8, FOSTRAN, MISSBRUK_FORALDER, VALD_FAMILJ),
            new Template(4, FOSTRAN, MISSBRUK_FORALDER, PSYK_BARN), new Template(5, FOSTRAN, PSYK_FORALDER, PSYK_BARN),
            new Template(8, FOSTRAN, RELATION, PSYK_BARN), new Template(5, FOSTRAN, RELATION, SKOLA),
            new Template(6, FOSTRAN, VALD, VALD_FAMILJ), new Template(5, FOSTRAN, PSYK_FORALDER, RELATION),
            new Template(3, BETEENDE, SKOLA, PSYK_BARN), new Template(3, MISSBRUK, BETEENDE, BROTT),
            new Template(2, MISSBRUK, SKOLA, PSYK_BARN), new Template(4, FOSTRAN, SKOLA, BETEENDE),
            new Template(1, VALD, VALD_FAMILJ, HEDER), new Template(4, FOSTRAN, MISSBRUK_FORALDER, RELATION),
            new Template(4, RELATION, VALD_FAMILJ, FOSTRAN), new Template(2, FOSTRAN, PSYK_FORALDER, SKOLA));

    // Tabell 2's named methods, spelt as the report prints them.
    static final String KRISSTOD = "Krisstöd vid orosanmälan om våld mot barn";
    static final String TRYGGHETSCIRKELN = "Trygghetscirkeln";
    static final String BASSAMTAL = "Bassamtal";
    static final String TRYGGARE_BARN = "Tryggare barn";
    static final String A_CRA = "A-CRA";
    static final String FORALDRAPLAN = "Föräldraplan";
    static final String HEMFLYTT = "Hemflyttssamtal efter placering";
    static final String IHF = "IHF";
    static final String JAG_OCH_MIN_FAMILJ = "Jag och min familj";
    static final String KIBB = "KIBB";
    static final String MARTE_MEO = "Marte meo";
    static final String PLACERINGSSAMTAL = "Placeringssamtal";
    static final String PYC = "PYC (Parenting young children)";
    static final String PAVERKAN = "Påverkansprogrammet";
    static final String SAMARBETSSAMTAL = "Samarbetssamtal";
    static final String ATERFALL = "Återfallsprevention";

    /** Which problem areas each method is chosen for, most specific first. */
    private static final Map<String, int[]> METHOD_AREAS = new LinkedHashMap<>();

    static {
        METHOD_AREAS.put(KRISSTOD, new int[] { VALD, VALD_FAMILJ });
        METHOD_AREAS.put(TRYGGARE_BARN, new int[] { VALD, VALD_FAMILJ });
        METHOD_AREAS.put(KIBB, new int[] { VALD, VALD_FAMILJ });
        METHOD_AREAS.put(BASSAMTAL, new int[] { RELATION });
        METHOD_AREAS.put(SAMARBETSSAMTAL, new int[] { RELATION });
        METHOD_AREAS.put(A_CRA, new int[] { MISSBRUK });
        METHOD_AREAS.put(ATERFALL, new int[] { MISSBRUK });
        METHOD_AREAS.put(PAVERKAN, new int[] { BROTT, MISSBRUK, BETEENDE });
        METHOD_AREAS.put(IHF, new int[] { BETEENDE, BROTT, SKOLA });
        METHOD_AREAS.put(PLACERINGSSAMTAL, new int[] { FOSTRAN, MISSBRUK_FORALDER });
        METHOD_AREAS.put(HEMFLYTT, new int[] { FOSTRAN, MISSBRUK_FORALDER });
        METHOD_AREAS.put(TRYGGHETSCIRKELN, new int[] { FOSTRAN, RELATION, PSYK_BARN });
        METHOD_AREAS.put(PYC, new int[] { FOSTRAN, BETEENDE });
        METHOD_AREAS.put(MARTE_MEO, new int[] { FOSTRAN, PSYK_FORALDER });
        METHOD_AREAS.put(FORALDRAPLAN, new int[] { FOSTRAN, RELATION });
        METHOD_AREAS.put(JAG_OCH_MIN_FAMILJ, new int[] { FOSTRAN, RELATION, PSYK_FORALDER });
    }

    /**
     * How the municipalities wrote some method names in the free-text field: the same method in other
     * spellings, which the analysis of named methods must bring together.
     */
    private static final Map<String, List<String>> SPELLINGS = Map.of(KRISSTOD,
            List.of("Krisstöd", "krisstöd vid orosanmälan", "Krisstöd vid orosanmälan om våld mot barn"),
            TRYGGHETSCIRKELN, List.of("Trygghetscirkeln", "trygghetscirkeln", "Trygghetscirkeln (COS)"),
            MARTE_MEO, List.of("Marte Meo", "Marte meo"), PYC, List.of("PYC"));

    /** A municipality's manual-method interventions: method, children with it alone, children with it and traditional. */
    private record MethodUse(String method, int manualOnly, int both) {
    }

    private static final Map<String, List<MethodUse>> METHODS = new LinkedHashMap<>();

    static {
        // Söderhamn: crisis support and Trygghetscirkeln dominate (5.2).
        METHODS.put(SODERHAMN, List.of(new MethodUse(KRISSTOD, 15, 3), new MethodUse(TRYGGHETSCIRKELN, 6, 9),
                new MethodUse(TRYGGARE_BARN, 1, 1), new MethodUse(BASSAMTAL, 1, 0), new MethodUse(A_CRA, 1, 1),
                new MethodUse(IHF, 0, 2), new MethodUse(MARTE_MEO, 2, 0), new MethodUse(SAMARBETSSAMTAL, 1, 0)));
        // Ovanåker: Tryggare barn.
        METHODS.put(OVANAKER, List.of(new MethodUse(TRYGGARE_BARN, 6, 2), new MethodUse(KRISSTOD, 5, 1),
                new MethodUse(TRYGGHETSCIRKELN, 1, 1), new MethodUse(JAG_OCH_MIN_FAMILJ, 1, 0)));
        // Hudiksvall: Bassamtal and Placeringssamtal, no crisis support (footnote 21).
        METHODS.put(HUDIKSVALL, List.of(new MethodUse(BASSAMTAL, 8, 2), new MethodUse(PLACERINGSSAMTAL, 3, 1),
                new MethodUse(TRYGGARE_BARN, 1, 0), new MethodUse(TRYGGHETSCIRKELN, 1, 1),
                new MethodUse(FORALDRAPLAN, 1, 0), new MethodUse(HEMFLYTT, 2, 0), new MethodUse(IHF, 0, 1),
                new MethodUse(KIBB, 2, 0), new MethodUse(MARTE_MEO, 1, 0), new MethodUse(PYC, 1, 0),
                new MethodUse(PAVERKAN, 1, 0), new MethodUse(SAMARBETSSAMTAL, 1, 0), new MethodUse(ATERFALL, 1, 0)));
    }

    /** Children with traditional family treatment only, per municipality (Diagram 4). */
    private static final int[] TRADITIONAL_ONLY = { 47, 27, 52 };

    // End reasons (question 9) by mix, from 5.3: 60 % goals met, 17 % ended by the guardian, 11 % not meeting the
    // child's needs; a third of manual-only cases ended by the guardian (32 %), 88 % of the combined ones met goals.
    static final int GOAL = 1;
    static final int NOT_MEETING_NEEDS = 2;
    static final int GUARDIAN = 3;
    static final int CHILD = 4;
    static final int NEVER_STARTED = 5;
    static final int OTHER = 6;
    private static final int[][] END_REASONS = {
            // goal, not meeting needs, guardian, child, never started, other
            { 71, 18, 15, 8, 1, 13 }, // traditional only (126)
            { 35, 4, 20, 2, 1, 1 }, // manual only (63)
            { 22, 1, 1, 0, 0, 1 }, // both (25)
    };
    /** Children with Relationsproblem i familjen whose intervention the guardian ended: one in four (5.3). */
    static final int RELATION_GUARDIAN = 16;

    private static final List<String> NOT_MEETING_NEEDS_COMMENTS = List.of("Barnet behöver placeras",
            "BUP har tagit över", "Barnet har beviljats insats enligt LSS", "Föräldrarna behöver stöd för egna problem",
            "Barnets situation har försämrats, ny utredning");
    private static final List<String> OTHER_COMMENTS = List.of("Familjen har flyttat från kommunen",
            "Ärendet har flyttats över till annan kommun", "Insatsen övergick till annan verksamhet");

    private static final long SEED = 2020_0214L;

    private final Random random = new Random(SEED);

    /** One case while it is being built. */
    private static final class Draft {
        String municipality;
        Mix mix;
        String method;
        int[] areas = new int[0];
        int sex;
        int previous;
        int endReason;
        boolean crisisOnly;
        int days;
        int age;

        boolean has(int area) {
            return Arrays.stream(areas).anyMatch(a -> a == area);
        }

        boolean hasAny(int... wanted) {
            return Arrays.stream(wanted).anyMatch(this::has);
        }
    }

    private Report2020() {
    }

    /** The 214 cases, in the order of the municipalities' files. */
    public static List<DemoCase> cases() {
        return new Report2020().build();
    }

    private List<DemoCase> build() {
        List<Draft> drafts = slots();
        assignProblemAreas(drafts);
        assignSex(drafts);
        assignPrevious(drafts);
        assignEndReasons(drafts);
        assignDays(drafts);
        assignAges(drafts);
        return toCases(drafts);
    }

    /** One draft per child with municipality, mix and method, as Diagram 4 and Tabell 2 give them. */
    private List<Draft> slots() {
        List<Draft> drafts = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES.length; m++) {
            String municipality = MUNICIPALITIES[m];
            for (int i = 0; i < TRADITIONAL_ONLY[m]; i++) {
                drafts.add(draft(municipality, Mix.TRADITIONAL_ONLY, null));
            }
            for (MethodUse use : METHODS.get(municipality)) {
                for (int i = 0; i < use.manualOnly(); i++) {
                    drafts.add(draft(municipality, Mix.MANUAL_ONLY, use.method()));
                }
                for (int i = 0; i < use.both(); i++) {
                    drafts.add(draft(municipality, Mix.BOTH, use.method()));
                }
            }
        }
        return drafts;
    }

    private static Draft draft(String municipality, Mix mix, String method) {
        Draft draft = new Draft();
        draft.municipality = municipality;
        draft.mix = mix;
        draft.method = method;
        draft.crisisOnly = mix == Mix.MANUAL_ONLY && KRISSTOD.equals(method);
        return draft;
    }

    private static List<int[]> problemAreaSets() {
        List<int[]> sets = new ArrayList<>();
        for (List<Template> templates : List.of(SINGLES, PAIRS, TRIPLES)) {
            for (Template template : templates) {
                for (int i = 0; i < template.count(); i++) {
                    sets.add(template.areas().clone());
                }
            }
        }
        return sets;
    }

    /**
     * Gives each child a set of problem areas: a method gets a set with the areas it is chosen for
     * (crisis support and Tryggare barn with violence, Bassamtal with relations, ...), traditional family
     * treatment the rest. Three sets are placed by hand: the two interventions that never started (their
     * length of 0 days is the minimum of Tabell X.2 for violence, family violence, parenting and school),
     * and the child without problem areas (footnote 23).
     */
    private void assignProblemAreas(List<Draft> drafts) {
        List<int[]> sets = problemAreaSets();
        Collections.shuffle(sets, random);
        // Never started: crisis support planned in Söderhamn, and a traditional intervention in Hudiksvall.
        Draft crisisNeverStarted = first(drafts, d -> d.crisisOnly && d.municipality.equals(SODERHAMN));
        crisisNeverStarted.areas = take(sets, FOSTRAN, VALD, VALD_FAMILJ);
        crisisNeverStarted.endReason = NEVER_STARTED;
        Draft traditionalNeverStarted = first(drafts, d -> d.mix == Mix.TRADITIONAL_ONLY && d.municipality.equals(HUDIKSVALL));
        traditionalNeverStarted.areas = take(sets, FOSTRAN, SKOLA);
        traditionalNeverStarted.endReason = NEVER_STARTED;
        Draft withoutAreas = first(drafts, d -> d.mix == Mix.TRADITIONAL_ONLY && d.municipality.equals(SODERHAMN));
        withoutAreas.areas = new int[0];
        withoutAreas.endReason = GOAL;
        // The longest intervention of Tabell X.2 (1081 days) is a child with three long-lasting problems.
        Draft longest = first(drafts, d -> d.mix == Mix.TRADITIONAL_ONLY && d.municipality.equals(HUDIKSVALL)
                && d != traditionalNeverStarted);
        longest.areas = take(sets, FOSTRAN, PSYK_FORALDER, PSYK_BARN);
        longest.endReason = GOAL;

        for (String method : METHOD_AREAS.keySet()) {
            int[] wanted = METHOD_AREAS.get(method);
            for (Draft draft : drafts) {
                if (method.equals(draft.method) && draft.areas.length == 0 && draft != withoutAreas
                        && draft.endReason == 0) {
                    draft.areas = takeBest(sets, wanted, draft.crisisOnly);
                }
            }
        }
        for (Draft draft : drafts) {
            if (draft.areas.length == 0 && draft != withoutAreas) {
                draft.areas = sets.remove(0);
            }
        }
        if (!sets.isEmpty()) {
            throw new IllegalStateException(sets.size() + " problem area sets left over");
        }
    }

    private static Draft first(List<Draft> drafts, java.util.function.Predicate<Draft> test) {
        return drafts.stream().filter(d -> d.areas.length == 0 && d.endReason == 0).filter(test).findFirst()
                .orElseThrow();
    }

    private static int[] take(List<int[]> sets, int... areas) {
        int[] wanted = areas.clone();
        Arrays.sort(wanted);
        for (int i = 0; i < sets.size(); i++) {
            int[] set = sets.get(i).clone();
            Arrays.sort(set);
            if (Arrays.equals(set, wanted)) {
                return sets.remove(i);
            }
        }
        throw new IllegalStateException("no set " + Arrays.toString(areas));
    }

    /**
     * The first set with the most of the wanted areas; crisis support goes first to children with
     * violence alone, the short interventions the report describes (5.4).
     */
    private static int[] takeBest(List<int[]> sets, int[] wanted, boolean crisis) {
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < sets.size(); i++) {
            int[] set = sets.get(i);
            int score = 0;
            for (int area : set) {
                for (int w : wanted) {
                    score += area == w ? 2 : 0;
                }
            }
            if (score > 0 && crisis && set.length == 1) {
                score += 3;
            }
            if (score > 0 && Arrays.stream(set).anyMatch(a -> a == HEDER)) {
                score = 0; // the one child with honour-related violence had a longer intervention
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return sets.remove(best);
    }

    /** Girls and boys per municipality as Tabell 1; boys more often with behaviour, crime, substance use (Diagram 2). */
    private void assignSex(List<Draft> drafts) {
        for (int m = 0; m < MUNICIPALITIES.length; m++) {
            String municipality = MUNICIPALITIES[m];
            List<Draft> here = new ArrayList<>(drafts.stream().filter(d -> d.municipality.equals(municipality)).toList());
            Map<Draft, Double> score = new java.util.IdentityHashMap<>();
            for (Draft draft : here) {
                score.put(draft, boyScore(draft) + 2.0 * random.nextGaussian());
            }
            here.sort(Comparator.comparingDouble((Draft d) -> score.get(d)).reversed());
            for (int i = 0; i < here.size(); i++) {
                here.get(i).sex = i < BOYS[m] ? 2 : 1;
            }
        }
    }

    private static int boyScore(Draft d) {
        int score = 0;
        score += d.hasAny(BETEENDE, BROTT, MISSBRUK) ? 3 : 0;
        score += d.has(FOSTRAN) ? 1 : 0;
        score -= d.has(RELATION) ? 2 : 0;
        score -= d.has(VALD) ? 1 : 0;
        return score;
    }

    /** Tidigare aktuell as Tabell 3, with traditional family treatment more common among the recurring (5.5). */
    private void assignPrevious(List<Draft> drafts) {
        for (boolean traditional : new boolean[] { true, false }) {
            List<Draft> group = new ArrayList<>(drafts.stream()
                    .filter(d -> (d.mix == Mix.TRADITIONAL_ONLY) == traditional).toList());
            Collections.shuffle(group, random);
            // Several times before: somewhat more often the older children's problems.
            Map<Draft, Double> order = new java.util.IdentityHashMap<>();
            for (Draft draft : group) {
                order.put(draft, (draft.hasAny(BETEENDE, BROTT, MISSBRUK, SKOLA) ? 0 : 1) + 2 * random.nextDouble());
            }
            group.sort(Comparator.comparingDouble((Draft d) -> order.get(d)));
            int several = traditional ? PREVIOUS_TRADITIONAL_ONLY[2] : PREVIOUS_COUNT[2] - PREVIOUS_TRADITIONAL_ONLY[2];
            int once = traditional ? PREVIOUS_TRADITIONAL_ONLY[1] : PREVIOUS_COUNT[1] - PREVIOUS_TRADITIONAL_ONLY[1];
            List<Draft> rest = new ArrayList<>();
            int placed = 0;
            for (Draft draft : group) {
                if (placed < several && !draft.crisisOnly && draft.endReason != NEVER_STARTED) {
                    draft.previous = 3;
                    placed++;
                } else {
                    rest.add(draft);
                }
            }
            Collections.shuffle(rest, random);
            for (int i = 0; i < rest.size(); i++) {
                rest.get(i).previous = i < once ? 2 : 1;
            }
        }
    }

    private void assignEndReasons(List<Draft> drafts) {
        int relationGuardian = 0;
        Mix[] order = { Mix.MANUAL_ONLY, Mix.TRADITIONAL_ONLY, Mix.BOTH };
        for (Mix mix : order) {
            int[] quota = END_REASONS[mix.ordinal()].clone();
            List<Draft> group = new ArrayList<>(drafts.stream().filter(d -> d.mix == mix).toList());
            Collections.shuffle(group, random);
            for (Draft draft : group) {
                if (draft.endReason != 0) {
                    quota[draft.endReason - 1]--;
                }
            }
            // One in four children with relationship problems: the guardian ended the intervention.
            for (Draft draft : group) {
                if (quota[GUARDIAN - 1] > 0 && draft.endReason == 0 && draft.has(RELATION) && relationGuardian < RELATION_GUARDIAN) {
                    draft.endReason = GUARDIAN;
                    quota[GUARDIAN - 1]--;
                    relationGuardian++;
                }
            }
            for (Draft draft : group) {
                if (quota[GUARDIAN - 1] > 0 && draft.endReason == 0 && !draft.has(RELATION)) {
                    draft.endReason = GUARDIAN;
                    quota[GUARDIAN - 1]--;
                }
            }
            // Not meeting the child's needs: relatively common with a parent's mental illness, crime, behaviour.
            group.sort(Comparator.comparingInt((Draft d) -> d.hasAny(PSYK_FORALDER, BROTT, BETEENDE) ? 0 : 1));
            for (Draft draft : group) {
                if (quota[NOT_MEETING_NEEDS - 1] > 0 && draft.endReason == 0 && !draft.has(RELATION)) {
                    draft.endReason = NOT_MEETING_NEEDS;
                    quota[NOT_MEETING_NEEDS - 1]--;
                }
            }
            Collections.shuffle(group, random);
            for (Draft draft : group) {
                if (draft.endReason == 0) {
                    if (draft.has(RELATION) && quota[GOAL - 1] == 0 && quota[CHILD - 1] == 0 && quota[OTHER - 1] == 0) {
                        throw new IllegalStateException("no end reason left for a child with relationship problems");
                    }
                    int reason = quota[GOAL - 1] > 0 ? GOAL : quota[CHILD - 1] > 0 ? CHILD : OTHER;
                    if (random.nextInt(5) == 0 && quota[CHILD - 1] > 0) {
                        reason = CHILD;
                    } else if (random.nextInt(5) == 0 && quota[OTHER - 1] > 0) {
                        reason = OTHER;
                    }
                    draft.endReason = reason;
                    quota[reason - 1]--;
                }
            }
            for (int q : quota) {
                if (q != 0) {
                    throw new IllegalStateException("end reasons of " + mix + " do not add up: " + Arrays.toString(quota));
                }
            }
        }
        if (relationGuardian != RELATION_GUARDIAN) {
            throw new IllegalStateException(relationGuardian + " children with relationship problems ended by the guardian");
        }
    }

    /** Intervention lengths: drawn by mix, then moved until Tabell 1, 3, X.2 and the medians of 5.4 hold. */
    private void assignDays(List<Draft> drafts) {
        int n = drafts.size();
        int[] initial = new int[n];
        int[] low = new int[n];
        int[] high = new int[n];
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            if (d.endReason == NEVER_STARTED) {
                continue; // started and ended the same day: 0 days
            }
            double median = d.crisisOnly ? 35 : switch (d.mix) {
                case TRADITIONAL_ONLY -> 170;
                case MANUAL_ONLY -> 90;
                case BOTH -> 220;
            };
            low[i] = d.crisisOnly ? 5 : 1;
            high[i] = d.crisisOnly ? 120 : 1081;
            // Within the shortest and longest of each of the child's areas (Tabell X.2).
            for (int area : d.areas) {
                low[i] = Math.max(low[i], LENGTH.get(area)[4]);
                high[i] = Math.min(high[i], LENGTH.get(area)[3]);
            }
            initial[i] = Math.clamp(Math.round(median * Math.exp(0.6 * random.nextGaussian())), low[i], high[i]);
        }
        // Each area's shortest and longest intervention is given to one child who can have it.
        for (Map.Entry<Integer, int[]> entry : LENGTH.entrySet()) {
            int area = entry.getKey();
            for (int extreme : new int[] { entry.getValue()[3], entry.getValue()[4] }) {
                int[] members = indices(drafts, d -> d.has(area));
                boolean held = Arrays.stream(members).anyMatch(i -> low[i] == high[i] && low[i] == extreme);
                if (!held) {
                    int chosen = Arrays.stream(members).filter(i -> low[i] < high[i] && low[i] <= extreme && extreme <= high[i])
                            .findFirst().orElseThrow(() -> new IllegalStateException("no child can have " + extreme + " days"));
                    low[chosen] = extreme;
                    high[chosen] = extreme;
                    initial[chosen] = extreme;
                }
            }
        }
        int[] days = solve(attempt -> {
        Annealing annealing = new Annealing(initial, low, high, SEED + 1 + attempt);
        for (Map.Entry<Integer, int[]> entry : LENGTH.entrySet()) {
            int area = entry.getKey();
            int[] members = indices(drafts, d -> d.has(area));
            int[] figures = entry.getValue();
            if (members.length != figures[0]) {
                throw new IllegalStateException("area " + area + " has " + members.length + " children, not " + figures[0]);
            }
            annealing.require(Kind.MEAN, members, figures[1]).require(Kind.MEDIAN, members, figures[2])
                    .require(Kind.MAX, members, figures[3]).require(Kind.MIN, members, figures[4]);
        }
        for (int m = 0; m < MUNICIPALITIES.length; m++) {
            String municipality = MUNICIPALITIES[m];
            annealing.require(Kind.MEAN, indices(drafts, d -> d.municipality.equals(municipality)), MEAN_DAYS[m]);
        }
        for (int p = 0; p < 3; p++) {
            int previous = p + 1;
            annealing.require(Kind.MEAN, indices(drafts, d -> d.previous == previous), PREVIOUS_MEAN_DAYS[p]);
        }
        annealing.require(Kind.MEAN, indices(drafts, d -> true), 215);
        for (Mix mix : Mix.values()) {
            annealing.require(Kind.MEDIAN, indices(drafts, d -> d.mix == mix), MIX_MEDIAN_DAYS[mix.ordinal()]);
        }
        return annealing;
        });
        for (int i = 0; i < n; i++) {
            drafts.get(i).days = days[i];
        }
    }

    /** Ages at referral: drawn by problem area, then moved until Tabell 1 and 3 hold. */
    private void assignAges(List<Draft> drafts) {
        int n = drafts.size();
        int[] initial = new int[n];
        int[] low = new int[n];
        int[] high = new int[n];
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            int max = MAX_AGE[Arrays.asList(MUNICIPALITIES).indexOf(d.municipality)];
            low[i] = d.hasAny(MISSBRUK, BROTT) ? 13 : d.has(BETEENDE) ? 7 : d.has(SKOLA) ? 6 : d.has(PSYK_BARN) ? 4 : 0;
            high[i] = d.hasAny(MISSBRUK, BROTT, BETEENDE, SKOLA, PSYK_BARN) ? max : Math.min(max, 17);
            int centre = d.previous == 3 ? 11 : 9;
            initial[i] = Math.clamp(Math.round(centre + 4.5 * random.nextGaussian()), low[i], high[i]);
        }
        int[] ages = solve(attempt -> {
        Annealing annealing = new Annealing(initial, low, high, SEED + 2 + attempt);
        for (int m = 0; m < MUNICIPALITIES.length; m++) {
            String municipality = MUNICIPALITIES[m];
            int[] members = indices(drafts, d -> d.municipality.equals(municipality));
            annealing.require(Kind.MEAN, members, MEAN_AGE[m], 1).require(Kind.MIN, members, 0)
                    .require(Kind.MAX, members, MAX_AGE[m]);
        }
        for (int p = 0; p < 3; p++) {
            int previous = p + 1;
            annealing.require(Kind.MEAN, indices(drafts, d -> d.previous == previous), PREVIOUS_MEAN_AGE[p]);
        }
        annealing.require(Kind.MEAN, indices(drafts, d -> true), 9);
        return annealing;
        });
        for (int i = 0; i < n; i++) {
            drafts.get(i).age = ages[i];
        }
    }

    /**
     * Values for which every figure holds: annealing runs from the same drawn values with one seed after
     * another (the same seeds every time) until one reaches them.
     */
    private static int[] solve(java.util.function.IntFunction<Annealing> problem) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return problem.apply(attempt).solve(400_000);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static int[] indices(List<Draft> drafts, java.util.function.Predicate<Draft> test) {
        return IntStream.range(0, drafts.size()).filter(i -> test.test(drafts.get(i))).toArray();
    }

    /** Dates, case ids and comments; the cases in each municipality ordered by closing date. */
    private List<DemoCase> toCases(List<Draft> drafts) {
        List<DemoCase> cases = new ArrayList<>();
        for (String municipality : MUNICIPALITIES) {
            List<Draft> here = drafts.stream().filter(d -> d.municipality.equals(municipality)).toList();
            LocalDate first = LocalDate.of(2020, 1, 1);
            List<LocalDate> ends = new ArrayList<>();
            for (int i = 0; i < here.size(); i++) {
                int day = (int) ((i + random.nextDouble()) * 366 / here.size());
                ends.add(first.plusDays(Math.min(day, 365)));
            }
            List<Draft> shuffled = new ArrayList<>(here);
            Collections.shuffle(shuffled, random);
            String prefix = switch (municipality) {
                case SODERHAMN -> "SÖ";
                case OVANAKER -> "OV";
                default -> "HU";
            };
            for (int i = 0; i < shuffled.size(); i++) {
                Draft d = shuffled.get(i);
                LocalDate end = ends.get(i);
                LocalDate start = end.minusDays(d.days);
                int wait = (int) Math.round(Math.abs(12 * random.nextGaussian()));
                LocalDate referral = start.minusDays(wait);
                TreeSet<Integer> areas = new TreeSet<>();
                for (int area : d.areas) {
                    areas.add(area);
                }
                TreeSet<Integer> interventions = new TreeSet<>();
                SortedMap<Integer, String> methods = new TreeMap<>();
                if (d.mix != Mix.MANUAL_ONLY) {
                    interventions.add(TRADITIONAL);
                }
                if (d.mix != Mix.TRADITIONAL_ONLY) {
                    interventions.add(MANUAL);
                    methods.put(MANUAL, spelling(d.method));
                }
                String comment = d.endReason == NOT_MEETING_NEEDS
                        ? NOT_MEETING_NEEDS_COMMENTS.get(random.nextInt(NOT_MEETING_NEEDS_COMMENTS.size()))
                        : d.endReason == OTHER ? OTHER_COMMENTS.get(random.nextInt(OTHER_COMMENTS.size())) : null;
                String caseId = String.format(Locale.ROOT, "%s-2020-%03d", prefix, i + 1);
                cases.add(new DemoCase(municipality, "2020", caseId, d.age, d.sex, 0, referral, start, d.previous,
                        areas, new TreeMap<>(), interventions, methods, end, d.endReason, comment));
            }
        }
        cases.sort(Comparator.comparing(DemoCase::municipality, Comparator.comparingInt(m -> Arrays.asList(MUNICIPALITIES).indexOf(m)))
                .thenComparing(DemoCase::end).thenComparing(DemoCase::caseId));
        return cases;
    }

    private String spelling(String method) {
        List<String> spellings = SPELLINGS.get(method);
        return spellings == null || random.nextInt(3) > 0 ? method : spellings.get(random.nextInt(spellings.size()));
    }
}
