package se.isu.forms.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsFactory;
import se.isu.forms.Option;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.VersionStatus;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.resource.FormsResourceFactory;

/** The registry over real files: a contributed version, and the user's drafts saved and read back. */
class FormRegistryTest {

    @TempDir
    Path folder;

    /** Writes a published one-question version as a contributed file and returns its URI. */
    private URI contributed() throws Exception {
        FormVersion version = FormsFactory.eINSTANCE.createFormVersion();
        version.setFormId("test");
        version.setFormName("Test");
        version.setVersion("2021");
        var section = FormsFactory.eINSTANCE.createSection();
        section.setId("s");
        SingleChoiceQuestion q = FormsFactory.eINSTANCE.createSingleChoiceQuestion();
        q.setVariableId("kon");
        q.setText("Barnets kön");
        for (String label : List.of("Flicka", "Pojke")) {
            Option o = FormsFactory.eINSTANCE.createOption();
            o.setCode(q.getOptions().size() + 1);
            o.setLabel(label);
            q.getOptions().add(o);
        }
        section.getQuestions().add(q);
        version.getSections().add(section);
        FormLifecycle.publish(version, LocalDate.of(2021, 1, 1));
        ResourceSet set = new ResourceSetImpl();
        FormsResourceFactory.register(set.getResourceFactoryRegistry());
        URI uri = URI.createFileURI(folder.resolve("bundle").resolve("test-2021.forms").toString());
        Resource resource = set.createResource(uri);
        resource.getContents().add(version);
        resource.save(FormsResourceFactory.SAVE_OPTIONS);
        return uri;
    }

    @Test
    void aDraftIsSavedAndSurvivesARestart() throws Exception {
        URI bundleFile = contributed();
        Path user = folder.resolve("user");
        FormRegistry registry = FormRegistry.of(List.of(bundleFile), List.of(), user);
        assertEquals(List.of(), registry.problems());
        FormVersion published = registry.find("test", "2021").orElseThrow();
        assertTrue(registry.isContributed(published));

        int[] changes = { 0 };
        registry.addChangeListener(() -> changes[0]++);
        FormVersion draft = registry.createDraft(published, "2022");
        assertFalse(registry.isContributed(draft));
        assertTrue(Files.exists(user.resolve("test-2022.forms")));
        ((ChoiceQuestion) draft.findQuestion("kon")).findOption(1).setLabel("Flicka/tjej");
        registry.saveDraft(draft);
        assertEquals(2, changes[0]);

        FormRegistry restarted = FormRegistry.of(List.of(bundleFile), List.of(), user);
        assertEquals(List.of(), restarted.problems());
        FormDefinition test = restarted.definitions().get(0);
        assertEquals("Test", test.getName());
        assertEquals(List.of("2021", "2022"), test.getVersions().stream().map(FormVersion::getVersion).toList());
        FormVersion reloaded = restarted.find("test", "2022").orElseThrow();
        assertEquals(VersionStatus.DRAFT, reloaded.getStatus());
        assertEquals("Flicka/tjej", ((ChoiceQuestion) reloaded.findQuestion("kon")).findOption(1).getLabel());
        assertSame(restarted.find("test", "2021").orElseThrow(), reloaded.getPredecessor(), "the predecessor resolves across files");
    }

    @Test
    void theCrosswalkToADraftFollowsItsEdits() throws Exception {
        URI bundleFile = contributed();
        Path user = folder.resolve("user");
        FormRegistry registry = FormRegistry.of(List.of(bundleFile), List.of(), user);
        FormVersion published = registry.find("test", "2021").orElseThrow();
        FormVersion draft = registry.createDraft(published, "2022");
        Crosswalk crosswalk = registry.crosswalkTo(draft).orElseThrow();
        assertSame(published, crosswalk.getSource());
        assertTrue(Files.exists(user.resolve("test-2021-2022.crosswalk")));
        assertEquals(List.of(MappingKind.EXACT, MappingKind.EXACT),
                crosswalk.getQuestionMappings().get(0).getOptionMappings().stream().map(OptionMapping::getKind).toList());

        ChoiceQuestion kon = (ChoiceQuestion) draft.findQuestion("kon");
        Option other = FormsFactory.eINSTANCE.createOption();
        other.setCode(3);
        other.setLabel("Annan könsidentitet");
        kon.getOptions().add(other);
        registry.saveDraft(draft);

        FormRegistry restarted = FormRegistry.of(List.of(bundleFile), List.of(), user);
        FormVersion reloaded = restarted.find("test", "2022").orElseThrow();
        Crosswalk reloadedCrosswalk = restarted.crosswalkTo(reloaded).orElseThrow();
        assertSame(restarted.find("test", "2021").orElseThrow(), reloadedCrosswalk.getSource());
        List<OptionMapping> options = reloadedCrosswalk.getQuestionMappings().get(0).getOptionMappings();
        assertEquals(List.of(MappingKind.EXACT, MappingKind.EXACT, MappingKind.NEW), options.stream().map(OptionMapping::getKind).toList());
        assertEquals("Annan könsidentitet", options.get(2).getTargetOptions().get(0).getLabel());
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(reloadedCrosswalk).getSeverity());
    }

    @Test
    void publishingSavesAndThenRefusesEdits() throws Exception {
        FormRegistry registry = FormRegistry.of(List.of(contributed()), List.of(), folder.resolve("user"));
        FormVersion published = registry.find("test", "2021").orElseThrow();
        FormVersion draft = registry.createDraft(published, "2022");
        registry.publish(draft, LocalDate.of(2022, 1, 1));
        assertThrows(FormLifecycleException.class, () -> registry.saveDraft(draft));
        assertThrows(FormLifecycleException.class, () -> registry.retire(published), "a bundle's version is never changed");

        FormRegistry restarted = FormRegistry.of(List.of(), List.of(), folder.resolve("user"));
        FormVersion reloaded = restarted.versions().get(0);
        assertEquals(VersionStatus.PUBLISHED, reloaded.getStatus());
        assertEquals(LocalDate.of(2022, 1, 1), reloaded.getValidFrom());
        assertEquals(draft.getPublishedDigest(), reloaded.getPublishedDigest());
        restarted.retire(reloaded);
        assertEquals(VersionStatus.RETIRED, FormRegistry.of(List.of(), List.of(), folder.resolve("user")).versions().get(0).getStatus());
    }

    @Test
    void aVersionNameIsUsedOnce() throws Exception {
        FormRegistry registry = FormRegistry.of(List.of(contributed()), List.of(), folder.resolve("user"));
        FormVersion published = registry.find("test", "2021").orElseThrow();
        FormLifecycleException e = assertThrows(FormLifecycleException.class, () -> registry.createDraft(published, "2021"));
        assertEquals("Formuläret Test har redan en version som heter 2021.", e.getMessage());
        assertThrows(FormLifecycleException.class, () -> registry.createDraft(published, "  "));
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersStillLoad() throws Exception {
        URI good = contributed();
        Path broken = folder.resolve("bundle").resolve("broken.forms");
        Files.writeString(broken, "<forms:FormVersion xmlns:forms=\"http://se.isu/forms/1.0\"");
        FormRegistry registry = FormRegistry.of(List.of(URI.createFileURI(broken.toString()), good), List.of(), null);
        assertEquals(1, registry.versions().size());
        assertEquals(1, registry.problems().size());
        assertTrue(registry.problems().get(0).startsWith("Formulärfilen " + URI.createFileURI(broken.toString()) + " kunde inte läsas"),
                registry.problems().get(0));
    }
}
