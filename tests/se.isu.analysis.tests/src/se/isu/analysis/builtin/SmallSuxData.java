package se.isu.analysis.builtin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.derby.DerbyCaseStore;

/**
 * Eight SU-X cases, five recorded with 2020 and three with 2021, in a real Derby store, small enough to
 * count every figure by hand (the tests do, in their comments).
 *
 * <pre>
 * id  kommun      kön ålder dagar tidigare problematik  insatser (harmoniserade)          avslut  år
 * H1  Hudiksvall  F   10    30    1        4,5          1 trad                             1      2020
 * H2  Hudiksvall  P   12    30    2        1            3 "Krisstöd"                       1      2020
 * H3  Hudiksvall  F   8     100   1        1,2          1, 3 "COS, Bassamtal"              3      2020
 * O1  Ovanåker    P   15    20    3        5            1                                  1      2020
 * O2  Ovanåker    F   4     10    1        4,5,8        3 "Circle of security"             2      2020
 * S1  Söderhamn   P   6     10    1        4            2 (2021 Krisstöd, own option)      1      2021
 * S2  Söderhamn   F   16    4     1        5,12         4 "Boendestöd", 3 "marte  Meo."     4      2021
 * S3  Söderhamn   P   9     -     1        5            none (never started)               5      2021
 * </pre>
 */
final class SmallSuxData {

    static final String H = "Hudiksvall";
    static final String O = "Ovan\u00e5ker";
    static final String S = "S\u00f6derhamn";

    private SmallSuxData() {
    }

    static Dataset load(Path folder) throws Exception {
        FormRegistry forms = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = forms.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = forms.find("su-x", "2021").orElseThrow();
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.register(v2020);
            store.register(v2021);
            store.insertAll(List.of(
                    record(H, "2020", "H1", base(1, 10, "2020-01-01", "2020-01-31", 1, 1, 4, 5).choices("insatser", Set.of(1))),
                    record(H, "2020", "H2", base(2, 12, "2020-02-01", "2020-03-02", 2, 1, 1)
                            .choices("insatser", Set.of(2)).comment("insatser", 2, "Krisst\u00f6d")),
                    record(H, "2020", "H3", base(1, 8, "2020-01-01", "2020-04-10", 1, 3, 1, 2)
                            .choices("insatser", Set.of(1, 2)).comment("insatser", 2, "COS, Bassamtal")),
                    record(O, "2020", "O1", base(2, 15, "2020-03-01", "2020-03-21", 3, 1, 5).choices("insatser", Set.of(1))),
                    record(O, "2020", "O2", base(1, 4, "2020-05-01", "2020-05-11", 1, 2, 4, 5, 8)
                            .choices("insatser", Set.of(2)).comment("insatser", 2, "Circle of security")),
                    record(S, "2021", "S1", base(2, 6, "2021-01-01", "2021-01-11", 1, 1, 4).choices("insatser", Set.of(4))),
                    record(S, "2021", "S2", base(1, 16, "2021-02-01", "2021-02-05", 1, 4, 5, 12)
                            .choices("insatser", Set.of(5, 6)).comment("insatser", 6, "Boendest\u00f6d")
                            .comment("insatser", 5, "marte  Meo.")),
                    record(S, "2021", "S3", base(2, 9, null, "2021-06-01", 1, 5, 5))));
            return Dataset.load(store, List.of(v2020, v2021), List.of(forms.crosswalk(v2020, v2021).orElseThrow()),
                    CaseQuery.forAnalysis(), DatasetRoles.suX());
        }
    }

    private static Answers.Builder base(int sex, int age, String start, String end, int previous, int endReason,
            Integer... problems) {
        Answers.Builder b = Answers.builder().choice("kon", sex).integer("alder", age)
                .date("aktualiseringsdatum", LocalDate.parse(end).minusDays(200)).choice("tidigare_aktuell", previous)
                .choices("problematik", Set.of(problems)).date("avslutsdatum", LocalDate.parse(end))
                .choice("avslutsorsak", endReason);
        if (start != null) {
            b.date("startdatum", LocalDate.parse(start));
        }
        return b;
    }

    private static CaseRecord record(String municipality, String version, String id, Answers.Builder answers) {
        return CaseRecord.of(municipality, null, "su-x", version, id, false, answers.build());
    }
}
