package se.isu.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A form version built with the generated factory, saved as XMI and read back the way the registry will. */
class FormVersionXmiTest {

    private static final FormsFactory FORMS = FormsFactory.eINSTANCE;

    @TempDir
    Path folder;

    @Test
    void aFormVersionReadsBackAsItWasSaved() throws IOException {
        FormVersion saved = suX2021();
        Path file = folder.resolve("su-x-2021.forms");
        Resource out = newResourceSet().createResource(URI.createFileURI(file.toString()));
        out.getContents().add(saved);
        out.save(null);

        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("validFrom=\"2021-01-01\""), "dates are saved as ISO-8601:\n" + xml);

        Resource in = newResourceSet().getResource(URI.createFileURI(file.toString()), true);
        FormVersion loaded = assertInstanceOf(FormVersion.class, in.getContents().get(0));
        assertNotSame(saved, loaded);
        assertTrue(in.getErrors().isEmpty(), () -> in.getErrors().toString());
        assertEquals("su-x", loaded.getFormId());
        assertEquals("2021", loaded.getVersion());
        assertEquals(VersionStatus.PUBLISHED, loaded.getStatus());
        assertEquals(LocalDate.of(2021, 1, 1), loaded.getValidFrom());
        assertTrue(EcoreUtil.equals(saved, loaded), "every attribute and child survives the round trip");

        Section section = loaded.getSections().get(0);
        assertEquals("Ärendet", section.getTitle());
        EList<Question> questions = loaded.allQuestions();
        assertEquals(List.of("kon", "aktualiseringsdatum", "startdatum"), questions.stream().map(Question::getVariableId).toList());
        assertThrows(UnsupportedOperationException.class, () -> questions.add(FORMS.createDateQuestion()),
                "allQuestions() is a view for reading; questions are added to a section");

        SingleChoiceQuestion sex = assertInstanceOf(SingleChoiceQuestion.class, loaded.findQuestion("kon"));
        assertSame(section.getQuestions().get(0), sex);
        assertEquals("Pojke", sex.findOption(2).getLabel());
        assertEquals("Flicka", sex.findOption(1).getLabel());
        assertNull(sex.findOption(9));
        assertInstanceOf(DateQuestion.class, loaded.findQuestion("startdatum"));
        assertNull(loaded.findQuestion("personnummer"));
        assertNull(loaded.findQuestion(null));
    }

    @Test
    void allQuestionsFollowsTheSectionsInFormOrder() {
        FormVersion version = FORMS.createFormVersion();
        assertTrue(version.allQuestions().isEmpty());

        Section first = FORMS.createSection();
        Section second = FORMS.createSection();
        version.getSections().add(first);
        version.getSections().add(second);
        second.getQuestions().add(dateQuestion("avslutsdatum", "Datum för avslut"));
        first.getQuestions().add(dateQuestion("startdatum", "Datum för start"));

        assertEquals(List.of("startdatum", "avslutsdatum"), version.allQuestions().stream().map(Question::getVariableId).toList());
    }

    @Test
    void datesConvertAsIso8601AndAbsentDatesStayAbsent() {
        FormsFactory factory = FormsPackage.eINSTANCE.getFormsFactory();
        assertEquals(LocalDate.of(2020, 12, 31), factory.createFromString(FormsPackage.Literals.DATE, "2020-12-31"));
        assertEquals("2020-03-04", factory.convertToString(FormsPackage.Literals.DATE, LocalDate.of(2020, 3, 4)));
        assertNull(factory.createFromString(FormsPackage.Literals.DATE, null));
        assertNull(factory.convertToString(FormsPackage.Literals.DATE, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> factory.createFromString(FormsPackage.Literals.DATE, "31/12/2020"));
        assertTrue(e.getMessage().contains("31/12/2020"), e.getMessage());
    }

    @Test
    void bothPackagesAreRegisteredByTheirNamespace() {
        // Documents name only the namespace; plugin.xml must make both packages findable by it.
        EPackage forms = EPackage.Registry.INSTANCE.getEPackage("http://se.isu/forms/1.0");
        EPackage crosswalk = EPackage.Registry.INSTANCE.getEPackage("http://se.isu/forms/crosswalk/1.0");
        assertSame(FormsPackage.eINSTANCE, forms);
        assertEquals("crosswalk", crosswalk.getName());
        assertInstanceOf(se.isu.forms.crosswalk.CrosswalkFactory.class, crosswalk.getEFactoryInstance());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("forms", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    private static FormVersion suX2021() {
        FormVersion version = FORMS.createFormVersion();
        version.setFormId("su-x");
        version.setFormName("SU-X");
        version.setVersion("2021");
        version.setStatus(VersionStatus.PUBLISHED);
        version.setValidFrom(LocalDate.of(2021, 1, 1));

        Section section = FORMS.createSection();
        section.setId("arendet");
        section.setTitle("Ärendet");
        version.getSections().add(section);

        SingleChoiceQuestion sex = FORMS.createSingleChoiceQuestion();
        sex.setVariableId("kon");
        sex.setNumber("2");
        sex.setText("Barnets kön");
        sex.setRequired(true);
        sex.getOptions().add(option(1, "Flicka"));
        sex.getOptions().add(option(2, "Pojke"));
        section.getQuestions().add(sex);
        section.getQuestions().add(dateQuestion("aktualiseringsdatum", "Datum för aktualisering"));
        section.getQuestions().add(dateQuestion("startdatum", "Datum för start av insats"));
        return version;
    }

    private static Option option(int code, String label) {
        Option option = FORMS.createOption();
        option.setCode(code);
        option.setLabel(label);
        return option;
    }

    private static DateQuestion dateQuestion(String variableId, String text) {
        DateQuestion question = FORMS.createDateQuestion();
        question.setVariableId(variableId);
        question.setText(text);
        return question;
    }
}
