package se.isu.forms.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.diff.FormChange.Basis;
import se.isu.forms.registry.FormRegistry;

/** The differences the workbench finds between SU-X 2020 and 2021, against what the report documents. */
class SuxDiffTest {

    private static String line(FormChange c) {
        return c.kind() + " " + c.subject() + " " + c.variableId() + (c.code() == null ? "" : " " + c.code())
                + (c.property() == null ? "" : " " + c.property()) + " [" + c.basis() + "]";
    }

    @Test
    void theDiffListsExactlyTheDocumentedChanges() {
        FormRegistry registry = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = registry.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = registry.find("su-x", "2021").orElseThrow();
        List<FormChange> changes = FormDiff.compare(v2020, v2021, registry.crosswalk(v2020, v2021).orElseThrow());
        List<String> lines = changes.stream().map(SuxDiffTest::line).toList();
        assertEquals(List.of(
                // 5.1.2: the birthplace question is new in 2021
                "ADDED QUESTION fodelseland [DOCUMENTED]",
                // footnote 23: one 2020 case lacks problem areas, so 2020 is assumed not to have required them
                "CHANGED QUESTION problematik required [ASSUMED]",
                // footnote 36: the parental mental-health/intellectual-disability option is split
                "ADDED OPTION problematik 14 [DOCUMENTED]",
                "ADDED OPTION problematik 15 [DOCUMENTED]",
                "RETIRED OPTION problematik 6 [DOCUMENTED]",
                "RETIRED OPTION problematik 13 [DOCUMENTED]",
                // footnote 18 and Tabell 2: crisis support and "Annan ej manualbaserad insats" added
                "ADDED OPTION insatser 3 [DOCUMENTED]",
                "ADDED OPTION insatser 4 [DOCUMENTED]",
                "ADDED OPTION insatser 5 [DOCUMENTED]",
                "ADDED OPTION insatser 6 [DOCUMENTED]",
                "RETIRED OPTION insatser 1 [DOCUMENTED]",
                "RETIRED OPTION insatser 2 [DOCUMENTED]",
                // The rules' messages and the derived variables' definitions cite question numbers,
                // which shift by one after the new question 3; 2020's texts are reconstructed.
                "CHANGED RULE aktualisering_fore_start message [ASSUMED]",
                "CHANGED RULE start_fore_avslut message [ASSUMED]",
                "CHANGED RULE aktualisering_fore_avslut message [ASSUMED]",
                "CHANGED DERIVED_VARIABLE insatstid definition [ASSUMED]",
                "CHANGED DERIVED_VARIABLE inskrivningstid definition [ASSUMED]"), lines);
        FormChange rule = changes.get(12);
        assertTrue(rule.before().contains("(fråga 4)") && rule.after().contains("(fråga 5)"), rule.before() + " / " + rule.after());

        assertTrue(changes.get(1).basisText().contains("fotnot 23"), changes.get(1).basisText());

        FormChange split = changes.stream().filter(c -> c.code() != null && c.code() == 6 && "problematik".equals(c.variableId()))
                .findFirst().orElseThrow();
        assertEquals(MappingKind.SPLIT, split.mapping(), "the crosswalk's word on it");
        assertTrue(split.basisText().contains("Fotnot 36"), split.basisText());
    }

    @Test
    void whatRestsOnAssumptionsIsShownAsSuch() {
        FormRegistry registry = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        FormVersion v2020 = registry.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = registry.find("su-x", "2021").orElseThrow();
        // Backwards, 2021 to 2020: nothing in 2020 documents a change, so every difference rests on
        // 2020's assumptions, or on nothing at all.
        List<FormChange> changes = FormDiff.compare(v2021, v2020, null);
        assertEquals(17, changes.size());
        assertTrue(changes.stream().allMatch(c -> c.basis() == Basis.ASSUMED), changes.stream().map(SuxDiffTest::line).toList().toString());
    }
}
