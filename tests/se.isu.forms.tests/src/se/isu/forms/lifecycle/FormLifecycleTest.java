package se.isu.forms.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateOrderRule;
import se.isu.forms.FormVersion;
import se.isu.forms.VersionStatus;

/** Drafts, publishing and retiring, and the rules that guard the codes. */
class FormLifecycleTest {

    private static ChoiceQuestion question(FormVersion version, String id) {
        return (ChoiceQuestion) version.findQuestion(id);
    }

    private static List<String> errors(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
    }

    @Test
    void publishingFixesTheContentByItsDigest() throws Exception {
        FormVersion published = TestForms.published();
        assertEquals(VersionStatus.PUBLISHED, published.getStatus());
        assertEquals(LocalDate.of(2021, 1, 1), published.getValidFrom());
        assertEquals(ContentDigest.of(published), published.getPublishedDigest());
        assertEquals(Diagnostic.OK, FormLifecycle.validate(published).getSeverity(), errors(FormLifecycle.validate(published)).toString());

        question(published, "kon").getOptions().get(0).setLabel("Tjej");
        List<String> errors = errors(FormLifecycle.validate(published));
        assertEquals(List.of("Version Test 2021 är publicerad och får inte ändras, men dess innehåll skiljer sig från det som publicerades."), errors);
    }

    @Test
    void onlyDraftsChange() throws Exception {
        FormVersion published = TestForms.published();
        FormLifecycleException e = assertThrows(FormLifecycleException.class, () -> FormLifecycle.requireDraft(published));
        assertEquals("Version Test 2021 är publicerad och kan inte ändras. Skapa ett utkast från den för att göra ändringar.", e.getMessage());
        assertThrows(FormLifecycleException.class, () -> FormLifecycle.publish(published, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void aDraftKeepsEverythingAndPointsBack() throws Exception {
        FormVersion published = TestForms.published();
        FormVersion draft = FormLifecycle.deriveDraft(published, " 2022 ");
        assertEquals("2022", draft.getVersion());
        assertEquals(VersionStatus.DRAFT, draft.getStatus());
        assertSame(published, draft.getPredecessor());
        assertNull(draft.getPublishedDigest());
        assertNull(draft.getValidFrom());
        assertEquals(published.allQuestions().size(), draft.allQuestions().size());
        assertNotEquals(published.findQuestion("kon"), draft.findQuestion("kon"));
        // The rule was copied with the questions it refers to, not left pointing at the published ones.
        DateOrderRule rule = (DateOrderRule) draft.getRules().get(0);
        assertSame(draft.findQuestion("startdatum"), rule.getEarlier());
        assertTrue(FormLifecycle.isEditable(draft));
        assertEquals(Diagnostic.OK, FormLifecycle.validate(draft).getSeverity());
    }

    @Test
    void aRenamedLabelAndANewOptionPublish() throws Exception {
        FormVersion published = TestForms.published();
        FormVersion draft = FormLifecycle.deriveDraft(published, "2022");
        question(draft, "problematik").findOption(1).setLabel("Skolproblem och frånvaro");
        question(draft, "problematik").getOptions().add(TestForms.option(3, "Eget missbruk", "Barnets eget bruk av droger."));

        Diagnostic diagnostic = FormLifecycle.validate(draft);
        assertEquals(Diagnostic.WARNING, diagnostic.getSeverity(), "a new label alone is a warning");
        assertTrue(diagnostic.getChildren().get(0).getMessage().startsWith("Koden 1 i frågan \"Huvudsaklig problematik\" har fått ny text"));

        FormLifecycle.publish(draft, LocalDate.of(2022, 1, 1));
        assertEquals(VersionStatus.PUBLISHED, draft.getStatus());
        FormLifecycle.retire(published);
        assertEquals(VersionStatus.RETIRED, published.getStatus());
        assertEquals(Diagnostic.OK, FormLifecycle.validate(published).getSeverity(), "retiring keeps the digest valid");
    }

    @Test
    void aCodeGivenANewMeaningIsRefusedAtPublishing() throws Exception {
        FormVersion published = TestForms.published();
        FormVersion draft = FormLifecycle.deriveDraft(published, "2022");
        var option = question(draft, "problematik").findOption(2);
        option.setLabel("Egen brottslighet");
        option.setDefinition("Barnet har begått brott.");

        FormLifecycleException e = assertThrows(FormLifecycleException.class, () -> FormLifecycle.publish(draft, LocalDate.of(2022, 1, 1)));
        assertTrue(e.getMessage().contains("Koden 2 i frågan \"Huvudsaklig problematik\" betydde \"Beteendeproblem\" i Test 2021 men betyder nu \"Egen brottslighet\""),
                e.getMessage());
        assertEquals(VersionStatus.DRAFT, draft.getStatus(), "a refused publish changes nothing");
        assertNull(draft.getValidFrom());
        assertNull(draft.getPublishedDigest());
    }

    @Test
    void deletedOrRenumberedCodesAreRefusedButRetiringIsFine() throws Exception {
        FormVersion published = TestForms.published();
        FormVersion draft = FormLifecycle.deriveDraft(published, "2022");
        ChoiceQuestion sex = question(draft, "kon");
        sex.getOptions().remove(sex.findOption(2));
        sex.findOption(1).setCode(7);
        List<String> errors = errors(FormLifecycle.validate(draft));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Alternativet \"Flicka\" i frågan \"Barnets kön\" hade koden 1 i Test 2021 men har nu koden 7"), errors.get(0));
        assertTrue(errors.get(1).startsWith("Koden 2 (\"Pojke\") i frågan \"Barnets kön\" finns i Test 2021 men saknas här."), errors.get(1));

        FormVersion retiring = FormLifecycle.deriveDraft(published, "2023");
        question(retiring, "kon").findOption(2).setRetired(true);
        assertEquals(Diagnostic.OK, FormLifecycle.validate(retiring).getSeverity());
        FormLifecycle.publish(retiring, LocalDate.of(2023, 1, 1));

        FormVersion reviving = FormLifecycle.deriveDraft(retiring, "2024");
        var revived = question(reviving, "kon").findOption(2);
        revived.setRetired(false);
        revived.setLabel("Annan könsidentitet");
        List<String> revivalErrors = errors(FormLifecycle.validate(reviving));
        assertEquals(1, revivalErrors.size(), revivalErrors.toString());
        assertTrue(revivalErrors.get(0).startsWith("Koden 2 i frågan \"Barnets kön\" var utgången i Test 2023"), revivalErrors.get(0));
    }

    @Test
    void duplicateIdsAndCodesAndWrongRuleTargetsAreFound() throws Exception {
        FormVersion published = TestForms.published();
        FormVersion draft = FormLifecycle.deriveDraft(published, "2022");
        draft.findQuestion("alder").setVariableId("kon");
        question(draft, "problematik").getOptions().add(TestForms.option(2, "Skolk", null));
        DateOrderRule rule = (DateOrderRule) draft.getRules().get(0);
        rule.setEarlier(draft.allQuestions().get(0));

        List<String> errors = errors(FormLifecycle.validate(draft));
        assertTrue(errors.contains("Variabelnamnet \"kon\" används av mer än en fråga i Test 2022."), errors.toString());
        assertTrue(errors.contains("Koden 2 används av mer än ett svarsalternativ i frågan \"Huvudsaklig problematik\"."), errors.toString());
        assertTrue(errors.contains("Regeln start-fore-avslut jämför datum men hänvisar till frågan \"Barnets ålder vid aktualisering\", som inte är en datumfråga."),
                errors.toString());
        assertFalse(errors.isEmpty());
        assertNotNull(draft.getPredecessor());
    }
}
