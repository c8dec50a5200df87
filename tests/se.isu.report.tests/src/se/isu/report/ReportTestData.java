package se.isu.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;

import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.Answers;
import se.isu.store.CaseRecord;
import se.isu.store.derby.DerbyCaseStore;

/**
 * Generated SU-X cases in a real Derby store: 240 cases over 2020 (form 2020) and 2021 (form 2021), most
 * in Hudiksvall and Söderhamn and a handful in Hofors, so that a report has both shown and masked counts.
 */
final class ReportTestData {

    static final String HUDIKSVALL = "Hudiksvall";
    static final String SODERHAMN = "S\u00f6derhamn";
    static final String HOFORS = "Hofors";

    private static final List<String> METHODS = List.of("Krisst\u00f6d", "COS", "Trygghetscirkeln", "Bassamtal",
            "Marte Meo", "Efter barnf\u00f6rh\u00f6ret");

    private ReportTestData() {
    }

    /** Writes the cases into a new store in {@code folder}. */
    static void create(Path folder) throws Exception {
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = forms.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = forms.find("su-x", "2021").orElseThrow();
        Random random = new Random(20211231L);
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            boolean old = i % 2 == 0;
            LocalDate start = LocalDate.of(old ? 2020 : 2021, 1, 1).plusDays(random.nextInt(200));
            LocalDate end = start.plusDays(10 + random.nextInt(150));
            Answers.Builder b = Answers.builder().choice("kon", 1 + random.nextInt(2))
                    .integer("alder", random.nextInt(21)).date("aktualiseringsdatum", start.minusDays(random.nextInt(30)))
                    .date("startdatum", start).date("avslutsdatum", end)
                    .choice("tidigare_aktuell", 1 + random.nextInt(3)).choice("avslutsorsak", 1 + random.nextInt(6));
            Set<Integer> areas = new TreeSet<>();
            int howMany = 1 + random.nextInt(3);
            while (areas.size() < howMany) {
                int area = 1 + random.nextInt(12);
                areas.add(area == 6 && !old ? 14 : area);
            }
            b.choices("problematik", areas);
            int kind = random.nextInt(4);
            String method = METHODS.get(random.nextInt(METHODS.size()));
            if (old) {
                Set<Integer> chosen = kind == 0 ? Set.of(1) : kind == 1 ? Set.of(2) : kind == 2 ? Set.of(1, 2) : Set.of(1);
                b.choices("insatser", chosen);
                if (chosen.contains(2)) {
                    b.comment("insatser", 2, method);
                }
            } else {
                Set<Integer> chosen = kind == 0 ? Set.of(3) : kind == 1 ? Set.of(4) : kind == 2 ? Set.of(5, 6) : Set.of(5);
                b.choices("insatser", chosen);
                if (chosen.contains(5)) {
                    b.comment("insatser", 5, method);
                }
                if (chosen.contains(6)) {
                    b.comment("insatser", 6, "Praktiskt st\u00f6d");
                }
            }
            int m = random.nextInt(20);
            String municipality = m < 2 ? HOFORS : m < 11 ? HUDIKSVALL : SODERHAMN;
            cases.add(CaseRecord.of(municipality, null, "su-x", old ? "2020" : "2021", "R" + i, false, b.build()));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            store.register(v2021);
            store.insertAll(cases);
        }
    }
}
