package se.isu.cases.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.isu.cases.ui.editors.RegistrarSteps.CASE_ID;
import static se.isu.cases.ui.editors.RegistrarSteps.DRAFT_ID;
import static se.isu.cases.ui.editors.RegistrarSteps.MUNICIPALITY;
import static se.isu.cases.ui.editors.RegistrarSteps.child;
import static se.isu.cases.ui.editors.RegistrarSteps.flush;
import static se.isu.cases.ui.editors.RegistrarSteps.newSuxCase;
import static se.isu.cases.ui.editors.RegistrarSteps.registration;
import static se.isu.cases.ui.editors.RegistrarSteps.screenshot;
import static se.isu.cases.ui.editors.RegistrarSteps.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.views.CasesView;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;

/**
 * The second workbench run of the registrar's round: a workbench started after the one of
 * {@link CasesUiTest} had ended, on the same ISU folder, finds the case it saved in the store and in the
 * navigator, with its answers. It fails when the first run did not happen in this build (each build has an
 * ISU folder of its own), or happened in this process.
 */
@TestMethodOrder(OrderAnnotation.class)
class CasesAfterRestartUiTest {

    @Test
    @Order(1)
    void thisWorkbenchWasStartedAfterTheOneThatSavedTheCase() throws Exception {
        Path marker = RegistrarSteps.firstRunMarker();
        assertTrue(Files.exists(marker), "the first workbench run (CasesUiTest) saved the case and left " + marker);
        long first = Long.parseLong(Files.readString(marker).strip());
        assertNotEquals(ProcessHandle.current().pid(), first, "the case was saved by another workbench process");
    }

    @Test
    @Order(2)
    void theCaseIsInTheStoreWithItsAnswers() throws Exception {
        CaseStore store = CasesUiPlugin.getDefault().store();
        CaseRecord record = store.find(MUNICIPALITY, "su-x", CASE_ID).orElseThrow();
        assertEquals("2021", record.formVersion());
        assertFalse(record.draft());
        Answers expected = Answers.builder()
                .integer("alder", 9)
                .choice("kon", 2)
                .choice("fodelseland", 1)
                .date("aktualiseringsdatum", LocalDate.of(2021, 2, 1))
                .date("startdatum", LocalDate.of(2021, 2, 15))
                .choice("tidigare_aktuell", 1)
                .choices("problematik", Set.of(1, 4, 9))
                .put("insatser", MultipleChoice.of(3, 6).withComment(6, "Stödsamtal i skolan"))
                .date("avslutsdatum", LocalDate.of(2021, 9, 30))
                .choice("avslutsorsak", 1)
                .build();
        assertEquals(expected, record.answers());
        assertEquals(1, store.count(CaseQuery.forAnalysis().withMunicipality(MUNICIPALITY).withClosingYear(2021)));
    }

    @Test
    @Order(3)
    void theNavigatorListsTheCaseUnderItsMunicipalityAndYear() throws Exception {
        IWorkbenchPage page = registration();
        CasesView view = (CasesView) page.findView(CasesView.ID);
        view.refresh();
        view.viewer().expandAll();
        flush();
        TreeItem municipality = child(view.viewer().getTree().getItems(), MUNICIPALITY);
        assertEquals(MUNICIPALITY + " (1)", municipality.getText());
        TreeItem year = child(municipality.getItems(), "2021");
        assertEquals("2021 (1)", year.getText());
        TreeItem item = child(year.getItems(), CASE_ID);
        assertFalse(item.getText().contains("utkast"), item.getText());

        view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(item.getData()));
        view.viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
        flush();
        IEditorPart opened = page.getActiveEditor();
        assertTrue(opened instanceof CaseEditor, "opening a case opens the editor: " + opened);
        CaseEditor editor = (CaseEditor) opened;
        assertFalse(editor.isDirty(), "a case just opened has nothing to save");
        assertEquals("9", editor.textField("alder").getText());
        assertTrue(editor.option("problematik", 9).getSelection());
        assertEquals("Stödsamtal i skolan", editor.commentField("insatser", 6).getText());
        assertEquals(List.of(), editor.problems());
        screenshot("case-navigator.png");
        type(editor.textField("alder"), "10");
        assertTrue(editor.isDirty());
        type(editor.textField("alder"), "9");
        assertFalse(editor.isDirty(), "typing the stored value back leaves nothing to save");
        assertTrue(page.closeEditor(editor, false));
    }

    @Test
    @Order(4)
    void anIncompleteCaseIsSavedAsADraftAndKeptOutOfAnalyses() throws Exception {
        IWorkbenchPage page = registration();
        CaseEditor editor = newSuxCase(page);
        type(editor.caseIdField(), DRAFT_ID);
        type(editor.textField("alder"), "12");
        type(editor.textField("aktualiseringsdatum"), "2021-11-03");
        assertTrue(editor.problems().stream().anyMatch(p -> p.error()));

        editor.doSave(null);
        flush();
        assertFalse(editor.isDirty());
        assertTrue(editor.storedCase().draft(), "a case with errors is stored as a draft");
        assertTrue(editor.getPartName().contains("utkast"), editor.getPartName());
        assertTrue(page.closeEditor(editor, false));

        CaseStore store = CasesUiPlugin.getDefault().store();
        assertEquals(2, store.count(CaseQuery.all().withMunicipality(MUNICIPALITY)));
        assertEquals(1, store.count(CaseQuery.forAnalysis().withMunicipality(MUNICIPALITY)), "drafts stay out of analyses");

        CasesView view = (CasesView) page.findView(CasesView.ID);
        view.viewer().expandAll();
        flush();
        TreeItem municipality = child(view.viewer().getTree().getItems(), MUNICIPALITY);
        assertEquals(MUNICIPALITY + " (2)", municipality.getText(), "the navigator read the store again after the save");
        TreeItem open = child(municipality.getItems(), "Utan avslutsdatum");
        TreeItem draft = child(open.getItems(), DRAFT_ID);
        assertTrue(draft.getText().endsWith("utkast"), draft.getText());
    }
}
