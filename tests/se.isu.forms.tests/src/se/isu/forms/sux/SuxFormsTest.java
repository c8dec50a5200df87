package se.isu.forms.sux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.VersionStatus;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.lifecycle.ContentDigest;
import se.isu.forms.crosswalk.HarmonisedCategory;
import se.isu.forms.crosswalk.HarmonisedCodeList;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;
import se.isu.forms.registry.FormRegistry;

/**
 * SU-X 2020 and 2021 as the workbench registers them from the se.isu.forms.sux bundle, checked
 * against FoU-rapport 2021:2 (Bilaga 1 for 2021, Bilaga 3 for the 2020 problem areas).
 */
class SuxFormsTest {

    private static FormRegistry registry;
    private static FormVersion v2020;
    private static FormVersion v2021;

    @BeforeAll
    static void load() {
        registry = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), null);
        v2020 = registry.find("su-x", "2020").orElseThrow();
        v2021 = registry.find("su-x", "2021").orElseThrow();
    }

    private static List<String> activeLabels(FormVersion version, String variableId) {
        return ((ChoiceQuestion) version.findQuestion(variableId)).getOptions().stream()
                .filter(o -> !o.isRetired()).map(Option::getLabel).toList();
    }

    private static String problems(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
    }

    @Test
    void bothVersionsAreRegisteredUnderOneForm() {
        assertEquals(List.of(), registry.problems());
        FormDefinition sux = registry.definitions().stream().filter(d -> d.getId().equals("su-x")).findFirst().orElseThrow();
        assertEquals("SU-X", sux.getName());
        assertEquals(List.of(v2020, v2021), sux.getVersions());
        assertSame(v2020, v2021.getPredecessor());
        assertTrue(registry.isContributed(v2021));
        assertEquals(VersionStatus.PUBLISHED, v2020.getStatus());
        assertEquals(VersionStatus.PUBLISHED, v2021.getStatus());
    }

    @Test
    void bothVersionsAndTheCrosswalkValidateClean() {
        for (FormVersion version : List.of(v2020, v2021)) {
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(version);
            // The digest in the message is what a maintainer who changed a contributed file must publish anew.
            assertEquals(Diagnostic.OK, diagnostic.getSeverity(), version.getVersion() + " (content digest now "
                    + ContentDigest.of(version) + "):\n" + problems(diagnostic));
        }
        Crosswalk crosswalk = registry.crosswalk(v2020, v2021).orElseThrow();
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(crosswalk);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), problems(diagnostic));
    }

    @Test
    void the2021FormHasTheQuestionsOfBilaga1() {
        List<Question> questions = v2021.allQuestions();
        assertEquals(11, questions.size(), "Ärende-id and questions 1-10");
        assertEquals("Ärende-id", questions.get(0).getText());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                questions.subList(1, 11).stream().map(Question::getNumber).toList());
        for (Question question : questions) {
            assertFalse(question.getText().isBlank());
        }
        assertEquals(3, ((MultipleChoiceQuestion) v2021.findQuestion("problematik")).getMaxSelections());
        assertEquals(null, ((MultipleChoiceQuestion) v2021.findQuestion("insatser")).getMaxSelections());
        assertEquals(4, v2021.getRules().size());
        assertEquals(List.of("insatstid", "inskrivningstid"), v2021.getDerivedVariables().stream().map(d -> d.getVariableId()).toList());
    }

    @Test
    void the2021OptionsAreThoseOfBilaga1() {
        assertEquals(List.of("Flicka", "Pojke", "Annan könsidentitet"), activeLabels(v2021, "kon"));
        assertEquals(List.of("Född i Sverige med båda föräldrar födda i Sverige", "Född i Sverige med en förälder född utomlands",
                "Född i Sverige med båda föräldrar födda utomlands", "Född i övriga Europa", "Född utanför Europa", "Vet inte"),
                activeLabels(v2021, "fodelseland"));
        assertEquals(List.of("Nej", "Ja, en gång tidigare", "Ja, flera gånger tidigare", "Vet ej"), activeLabels(v2021, "tidigare_aktuell"));
        assertEquals(List.of("Utsatt för våld/övergrepp", "Våld i familjen", "Hedersrelaterat våld och/eller förtryck",
                "Relationsproblem i familjen", "Brister i fostrar-/föräldraförmåga",
                "Brister i hemmiljön, pga. psykisk ohälsa hos förälder", "Brister i hemmiljön, pga. missbruk hos förälder",
                "Psykisk ohälsa hos barnet", "Beteendeproblem", "Skolproblem", "Egen brottslighet/kriminalitet", "Eget missbruk",
                "Annan huvudsaklig problematik, ange vilken"), activeLabels(v2021, "problematik"));
        assertEquals(List.of("Traditionell familjebehandling", "Krisstöd vid orosanmälan om våld mot barn",
                "Annan manualbaserad metod, ange vilken/vilka", "Annan ej manualbaserad insats, ange vilken/vilka"),
                activeLabels(v2021, "insatser"));
        assertEquals(List.of("Målet/målen med insatsen har uppnåtts helt eller delvis",
                "Insatsen bedöms inte svara mot barnets behov, förtydliga nedan",
                "Insatsen avbryts oplanerat på initiativ av vårdnadshavare", "Insatsen avbryts oplanerat på initiativ av barnet/ungdomen",
                "Insatsen påbörjades aldrig", "Andra orsaker, ange vilka"), activeLabels(v2021, "avslutsorsak"));
        ChoiceQuestion problematik = (ChoiceQuestion) v2021.findQuestion("problematik");
        for (Option option : problematik.getOptions().stream().filter(o -> !o.isRetired()).toList()) {
            assertNotNull(option.getDefinition(), "every problem area of 2021 has its definition (Bilaga 2): " + option.getLabel());
        }
        assertTrue(((ChoiceQuestion) v2021.findQuestion("avslutsorsak")).findOption(6).isRequiresComment());
    }

    @Test
    void the2020ProblemAreasAreTheTwelveOfBilaga3() {
        Set<String> bilaga3 = Set.of("Utsatt för våld/övergrepp", "Våld i familjen", "Eget missbruk",
                "Brister i hemmiljön, pga. missbruk hos förälder", "Relationsproblem i familjen", "Brister i fostrar-/föräldraförmåga",
                "Psykisk ohälsa hos barnet", "Beteendeproblem",
                "Brister i hemmiljön, pga. psykisk ohälsa/intellektuell funktionsnedsättning hos förälder", "Skolproblem",
                "Egen brottslighet/kriminalitet", "Hedersrelaterat våld och/eller förtryck");
        List<String> labels = activeLabels(v2020, "problematik");
        assertTrue(labels.containsAll(bilaga3), labels.toString());
        assertEquals(13, labels.size(), "the twelve of Bilaga 3 and 'Annan', assumed: " + labels);
        assertEquals(10, v2020.allQuestions().size(), "no birthplace question in 2020");
        assertEquals(null, v2020.findQuestion("fodelseland"));
        assertTrue(v2020.getChangeNotes().stream().allMatch(n -> n.getKind() == se.isu.forms.ChangeNoteKind.ASSUMPTION),
                "2020 is reconstructed: its notes are assumptions");
    }

    @Test
    void every2020OptionHasACrosswalkEntryAndNonComparableCategoriesAreFlagged() {
        Crosswalk crosswalk = registry.crosswalk(v2020, v2021).orElseThrow();
        Set<Option> mapped = new HashSet<>();
        for (QuestionMapping question : crosswalk.getQuestionMappings()) {
            for (OptionMapping option : question.getOptionMappings()) {
                mapped.add(option.getSourceOption());
            }
        }
        for (Question question : v2020.allQuestions()) {
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    assertTrue(mapped.contains(option), "crosswalk entry for " + question.getVariableId() + " " + option.getCode());
                }
            }
        }
        OptionMapping parental = crosswalk.getQuestionMappings().stream().flatMap(q -> q.getOptionMappings().stream())
                .filter(o -> o.getSourceOption() == ((ChoiceQuestion) v2020.findQuestion("problematik")).findOption(6)).findFirst().orElseThrow();
        assertEquals(MappingKind.SPLIT, parental.getKind());

        HarmonisedCodeList problematik = crosswalk.getCodeLists().stream().filter(l -> l.getVariableId().equals("problematik")).findFirst().orElseThrow();
        List<String> notComparable = problematik.getCategories().stream().filter(c -> !c.isComparable()).map(HarmonisedCategory::getLabel).toList();
        assertEquals(2, notComparable.size(), notComparable.toString());
        HarmonisedCodeList kon = crosswalk.getCodeLists().stream().filter(l -> l.getVariableId().equals("kon")).findFirst().orElseThrow();
        assertTrue(kon.getCategories().stream().allMatch(HarmonisedCategory::isComparable));
        HarmonisedCodeList insatser = crosswalk.getCodeLists().stream().filter(l -> l.getVariableId().equals("insatser")).findFirst().orElseThrow();
        assertTrue(insatser.getCategories().stream().noneMatch(HarmonisedCategory::isComparable));
        for (HarmonisedCategory category : problematik.getCategories()) {
            if (!category.isComparable()) {
                assertNotNull(category.getNote(), "a non-comparable category says why: " + category.getLabel());
            }
        }
    }
}
