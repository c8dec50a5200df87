package se.isu.forms.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsPackage;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.Section;
import se.isu.forms.VersionStatus;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.QuestionMapping;
import se.isu.forms.lifecycle.ContentDigest;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.forms.ui.internal.FormActions;
import se.isu.forms.ui.internal.Messages;
import se.isu.forms.ui.views.CrosswalkView;
import se.isu.forms.ui.views.DiffView;
import se.isu.forms.ui.views.FormsView;
import se.isu.tests.support.Screenshots;

/**
 * The process leader's round in the Formulär perspective: draft SU-X 2022 from 2021, edit it in the
 * form editor, publish it; a published version refuses to change; the diff shows what 2021 changed.
 */
@TestMethodOrder(OrderAnnotation.class)
class FormsUiTest {

    private static final String FORMS_PERSPECTIVE = "se.isu.ui.perspectives.forms";
    private static final String NEW_LABEL = "Utsatt för våld eller övergrepp";

    private static IWorkbenchPage formsPerspective() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window);
        window.getShell().setSize(1280, 900);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FORMS_PERSPECTIVE, window);
        flush();
        return page;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    /** What a user types into a one-line field, committed by leaving the field. */
    private static void type(Text field, String text) {
        field.setText(text);
        field.notifyListeners(SWT.FocusOut, new Event());
        flush();
    }

    /** A PNG of the workbench window as it is drawn now, under target/. */
    private static Path screenshot(String name) throws Exception {
        flush();
        return Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    /** The key sequences the workbench binds to a command, as a user reads them ("Ctrl+Z"). */
    private static List<String> keys(String commandId) {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        return Arrays.stream(bindings.getActiveBindingsFor(commandId)).map(TriggerSequence::format).toList();
    }

    @Test
    @Order(1)
    void aDraftIsMadeEditedSavedAndPublished() throws Exception {
        IWorkbenchPage page = formsPerspective();
        FormRegistry registry = FormsUiPlugin.getDefault().registry();
        FormsView formsView = (FormsView) page.findView(FormsView.ID);
        assertEquals(List.of(), registry.problems());
        assertEquals("", formsView.problemsText(), "no problem line when every file could be read");
        assertEquals(List.of("2020 – publicerad, gäller från 2020-01-01", "2021 – publicerad, gäller från 2021-01-01"),
                formsView.versionLabels());
        FormVersion v2021 = registry.find("su-x", "2021").orElseThrow();

        // The name dialog's validation
        assertEquals(Messages.newDraftNameEmpty, FormActions.checkNewVersionName(registry, v2021, " "));
        assertNotNull(FormActions.checkNewVersionName(registry, v2021, "2021"));
        assertNull(FormActions.checkNewVersionName(registry, v2021, "2022"));

        FormVersion draft = FormActions.createDraft(registry, v2021, "2022");
        assertEquals(VersionStatus.DRAFT, draft.getStatus());
        flush();
        assertTrue(formsView.versionLabels().contains("2022 – utkast"), formsView.versionLabels().toString());
        FormEditor editor = FormActions.openEditor(page, draft);
        flush();
        assertTrue(editor.isEditable());
        assertEquals(Messages.draftMessage, editor.message());

        // Rename an option through the details panel, as a user types it
        ChoiceQuestion problematik = (ChoiceQuestion) draft.findQuestion("problematik");
        Option option = problematik.getOptions().get(0);
        String oldLabel = option.getLabel();
        editor.select(option);
        flush();
        Text labelField = (Text) editor.details().field(FormsPackage.Literals.OPTION__LABEL);
        assertTrue(labelField.getEditable());
        type(labelField, NEW_LABEL);
        assertEquals(NEW_LABEL, option.getLabel());
        assertTrue(editor.isDirty());
        assertTrue(editor.problems().stream().anyMatch(p -> p.contains(NEW_LABEL)),
                "the renamed option's warning is shown as it is made: " + editor.problems());

        // Undo and redo the rename; the field follows
        editor.undo();
        flush();
        assertEquals(oldLabel, option.getLabel());
        assertEquals(oldLabel, ((Text) editor.details().field(FormsPackage.Literals.OPTION__LABEL)).getText());
        assertFalse(editor.isDirty());
        editor.redo();
        flush();
        assertEquals(NEW_LABEL, option.getLabel());
        assertTrue(editor.isDirty());

        // The workbench's Undo and Redo (Ctrl+Z, Ctrl+Y) reach the editor's stack
        assertTrue(keys(IWorkbenchCommandConstants.EDIT_UNDO).contains("Ctrl+Z"), keys(IWorkbenchCommandConstants.EDIT_UNDO).toString());
        assertTrue(keys(IWorkbenchCommandConstants.EDIT_REDO).contains("Ctrl+Y"), keys(IWorkbenchCommandConstants.EDIT_REDO).toString());
        assertTrue(keys(IWorkbenchCommandConstants.FILE_SAVE).contains("Ctrl+S"), keys(IWorkbenchCommandConstants.FILE_SAVE).toString());
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        flush();
        assertEquals(oldLabel, option.getLabel());
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        flush();
        assertEquals(NEW_LABEL, option.getLabel());

        // A question added to a section, retired, and both taken back
        Section section = (Section) problematik.eContainer();
        int questions = section.getQuestions().size();
        editor.select(problematik);
        Question question = editor.addQuestion(FormsPackage.Literals.DATE_QUESTION);
        flush();
        assertNotNull(question);
        assertEquals(section.getQuestions().indexOf(problematik) + 1, section.getQuestions().indexOf(question));
        assertEquals("ny_fraga_1", question.getVariableId());
        assertEquals(question, ((IStructuredSelection) editor.tree().getSelection()).getFirstElement());
        editor.retireSelected();
        assertTrue(question.isRetired());
        editor.undo();
        editor.undo();
        flush();
        assertEquals(questions, section.getQuestions().size());

        // Add an option: the next code after every code the question ever had
        int highest = problematik.getOptions().stream().mapToInt(Option::getCode).max().orElseThrow();
        int before = problematik.getOptions().size();
        editor.select(problematik);
        Option added = editor.addOption();
        flush();
        assertNotNull(added);
        assertEquals(highest + 1, added.getCode());
        assertEquals(before + 1, problematik.getOptions().size());
        assertEquals(added, ((IStructuredSelection) editor.tree().getSelection()).getFirstElement());
        Text addedLabel = (Text) editor.details().field(FormsPackage.Literals.OPTION__LABEL);
        type(addedLabel, "Brister i hemmiljön, pga. förälders spelberoende");
        Button required = (Button) editor.details().field(FormsPackage.Literals.OPTION__REQUIRES_COMMENT);
        assertNotNull(required, "a boolean is a checkbox");
        // The picture shows the question whose options were edited, from its top.
        if (editor.tree().testFindItem(problematik) instanceof TreeItem item) {
            editor.tree().getTree().setTopItem(item);
        }
        screenshot("forms-editor.png");

        handlers.executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        flush();
        assertFalse(editor.isDirty(), "Ctrl+S saved the draft");

        // A change the user does not save is taken back when the editor closes
        editor.select(option);
        flush();
        type((Text) editor.details().field(FormsPackage.Literals.OPTION__LABEL), "Inte sparad");
        assertTrue(editor.isDirty());
        page.closeEditor(editor, false);
        flush();
        assertEquals(NEW_LABEL, option.getLabel(), "the registry holds what was saved");
        editor = FormActions.openEditor(page, draft);
        flush();
        assertFalse(editor.isDirty());

        FormActions.publish(page, registry, draft, FormActions.parseValidFrom("2022-01-01"));
        flush();
        FormVersion published = registry.find("su-x", "2022").orElseThrow();
        assertEquals(VersionStatus.PUBLISHED, published.getStatus());
        assertEquals(LocalDate.of(2022, 1, 1), published.getValidFrom());
        assertFalse(editor.isEditable(), "the open editor turns read-only once the version is published");
        assertTrue(formsView.versionLabels().contains("2022 – publicerad, gäller från 2022-01-01"), formsView.versionLabels().toString());

        // A fresh registry reads the user's folder as a restarted workbench does
        FormRegistry reread = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormsUiPlugin.userFolder());
        FormVersion fromDisk = reread.find("su-x", "2022").orElseThrow();
        assertEquals(VersionStatus.PUBLISHED, fromDisk.getStatus());
        assertEquals(LocalDate.of(2022, 1, 1), fromDisk.getValidFrom());
        ChoiceQuestion savedQuestion = (ChoiceQuestion) fromDisk.findQuestion("problematik");
        assertEquals(NEW_LABEL, savedQuestion.getOptions().get(0).getLabel());
        assertEquals("Brister i hemmiljön, pga. förälders spelberoende", savedQuestion.findOption(highest + 1).getLabel());
        assertEquals(published.getPublishedDigest(), fromDisk.getPublishedDigest());
        assertTrue(FormLifecycle.validate(fromDisk).getSeverity() < Diagnostic.ERROR,
                "the published version is valid as read back: " + FormLifecycle.validate(fromDisk));
        page.closeEditor(editor, false);
    }

    @Test
    @Order(2)
    void aPublishedVersionRefusesEveryChangeWithTheLifecyclesReason() throws Exception {
        IWorkbenchPage page = formsPerspective();
        FormRegistry registry = FormsUiPlugin.getDefault().registry();
        FormVersion v2021 = registry.find("su-x", "2021").orElseThrow();
        String reason = assertThrows(FormLifecycleException.class, () -> FormLifecycle.requireDraft(v2021)).getMessage();

        FormEditor editor = FormActions.openEditor(page, v2021);
        flush();
        assertFalse(editor.isEditable());
        assertEquals(reason, editor.message(), "the message line says why nothing can change");

        ChoiceQuestion problematik = (ChoiceQuestion) v2021.findQuestion("problematik");
        Option option = problematik.getOptions().get(0);
        String label = option.getLabel();
        int options = problematik.getOptions().size();
        editor.select(option);
        flush();
        Text labelField = (Text) editor.details().field(FormsPackage.Literals.OPTION__LABEL);
        assertFalse(labelField.getEditable());
        type(labelField, "Något annat");
        assertEquals(label, option.getLabel());
        assertEquals(label, labelField.getText());
        assertEquals(reason, editor.message());

        editor.select(problematik);
        assertNull(editor.addOption());
        editor.retireSelected();
        assertNull(editor.addQuestion(FormsPackage.Literals.TEXT_QUESTION));
        flush();
        assertEquals(options, problematik.getOptions().size());
        assertFalse(problematik.isRetired());
        assertEquals(reason, editor.message());
        assertFalse(editor.isDirty());
        assertEquals(v2021.getPublishedDigest(), ContentDigest.of(v2021), "2021 is as it was published");

        // Publishing it again is refused the same way
        assertThrows(FormLifecycleException.class, () -> FormActions.publish(page, registry, v2021, LocalDate.of(2023, 1, 1)));
        page.closeEditor(editor, false);
    }

    @Test
    @Order(3)
    void theDiffViewShowsWhat2021Changed() throws Exception {
        IWorkbenchPage page = formsPerspective();
        FormRegistry registry = FormsUiPlugin.getDefault().registry();
        FormVersion v2020 = registry.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = registry.find("su-x", "2021").orElseThrow();

        DiffView view = FormActions.openDiff(page, v2020, v2021);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        flush();
        assertEquals(view.changes().size(), view.rowCount());
        List<List<String>> rows = java.util.stream.IntStream.range(0, view.rowCount()).mapToObj(view::row).toList();
        // Columns: Ändring, Vad, Variabel, Kod, Egenskap, Före, Efter, Grund, Översättning
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Tillagd") && r.get(1).equals("Fråga")
                && r.get(2).equals("fodelseland") && r.get(7).equals("Dokumenterad")), "the birthplace question: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Utgången") && r.get(2).equals("problematik")
                && r.get(3).equals("6") && r.get(8).startsWith("delad")), "the split option: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Tillagd") && r.get(2).equals("problematik") && r.get(3).equals("14")));
        assertTrue(rows.stream().anyMatch(r -> r.get(7).equals("Antagande")), "assumptions are named as such");
        assertNotEquals(0, rows.size());
        screenshot("forms-diff.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    @Order(4)
    void theUsersCrosswalkCanBeCorrectedAndSavedAContributedOneCannot() throws Exception {
        IWorkbenchPage page = formsPerspective();
        FormRegistry registry = FormsUiPlugin.getDefault().registry();
        FormVersion v2020 = registry.find("su-x", "2020").orElseThrow();
        FormVersion v2021 = registry.find("su-x", "2021").orElseThrow();
        FormVersion v2022 = registry.find("su-x", "2022").orElseThrow();
        CrosswalkView view = (CrosswalkView) page.showView(CrosswalkView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        flush();

        Crosswalk contributed = registry.crosswalk(v2020, v2021).orElseThrow();
        view.show(contributed);
        flush();
        assertEquals(Messages.crosswalkContributed, view.state());
        QuestionMapping first = contributed.getQuestionMappings().get(0);
        String note = first.getNote();
        view.change(first, MappingKind.DROPPED, "ändrad");
        assertEquals(note, first.getNote());
        assertFalse(view.isDirty());
        assertTrue(view.mappingRowCount() > contributed.getQuestionMappings().size(), "option mappings are rows too");
        assertTrue(view.categoryRowCount() > 0, "the harmonised code lists are shown");
        screenshot("forms-crosswalk.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        Crosswalk own = registry.crosswalk(v2021, v2022).orElseThrow();
        view.show(own);
        flush();
        assertEquals(Messages.crosswalkEditable, view.state());
        QuestionMapping mapping = own.getQuestionMappings().get(0);
        view.change(mapping, MappingKind.MERGED, "Sammanslagen efter översyn");
        assertTrue(view.isDirty());
        view.save();
        assertFalse(view.isDirty());
        FormRegistry reread = FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormsUiPlugin.userFolder());
        FormVersion readBack2021 = reread.find("su-x", "2021").orElseThrow();
        FormVersion readBack2022 = reread.find("su-x", "2022").orElseThrow();
        QuestionMapping saved = reread.crosswalk(readBack2021, readBack2022).orElseThrow().getQuestionMappings().get(0);
        assertEquals(MappingKind.MERGED, saved.getKind());
        assertEquals("Sammanslagen efter översyn", saved.getNote());
    }
}
