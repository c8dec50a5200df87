package se.isu.cases.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.isu.cases.ui.editors.RegistrarSteps.CASE_ID;
import static se.isu.cases.ui.editors.RegistrarSteps.MUNICIPALITY;
import static se.isu.cases.ui.editors.RegistrarSteps.click;
import static se.isu.cases.ui.editors.RegistrarSteps.flush;
import static se.isu.cases.ui.editors.RegistrarSteps.newSuxCase;
import static se.isu.cases.ui.editors.RegistrarSteps.problemMessages;
import static se.isu.cases.ui.editors.RegistrarSteps.registration;
import static se.isu.cases.ui.editors.RegistrarSteps.ruleMessage;
import static se.isu.cases.ui.editors.RegistrarSteps.screenshot;
import static se.isu.cases.ui.editors.RegistrarSteps.type;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import se.isu.cases.ui.CasesUiPlugin;
import se.isu.cases.ui.views.CasesView;
import se.isu.forms.FormVersion;
import se.isu.store.CaseRecord;

/**
 * The first workbench run of a registrar's round in the Registrering perspective: a closed SU-X 2021
 * case of Söderhamn is entered through the editor generated from the form, checked as it is typed and
 * saved. Then this workbench ends; {@link CasesAfterRestartUiTest} starts another on the same ISU
 * folder and finds the case there (two test executions in this fragment's pom.xml).
 */
class CasesUiTest {

    @Test
    void aClosedCaseIsEnteredCheckedAndSaved() throws Exception {
        assertFalse(Files.exists(RegistrarSteps.firstRunMarker()), "the run starts with a new ISU folder");
        assertTrue(CasesUiPlugin.getDefault().store().find(MUNICIPALITY, "su-x", CASE_ID).isEmpty(),
                "the case is not stored before it is entered");
        IWorkbenchPage page = registration();
        assertNotNull(page.findView(CasesView.ID), "the navigator is part of Registrering");
        CaseEditor editor = newSuxCase(page);
        FormVersion version = editor.formVersion();
        assertEquals(MUNICIPALITY, editor.municipalityField().getText());
        assertTrue(editor.problems().stream().anyMatch(p -> p.error()), "an empty case is not complete");
        assertFalse(editor.isDirty());

        type(editor.caseIdField(), CASE_ID);
        assertTrue(editor.isDirty(), "typing makes the editor dirty");
        type(editor.textField("alder"), "25");
        assertTrue(problemMessages(editor).contains(ruleMessage(version, "alder_0_20")), "the form's range rule speaks");
        assertTrue(editor.decorated("alder"));
        type(editor.textField("alder"), "9");
        assertFalse(problemMessages(editor).contains(ruleMessage(version, "alder_0_20")));
        assertFalse(editor.decorated("alder"));

        click(editor.option("kon", 2));
        click(editor.option("fodelseland", 1));
        click(editor.option("tidigare_aktuell", 1));
        type(editor.textField("aktualiseringsdatum"), "2021-02-01");
        type(editor.textField("startdatum"), "2021-02-15");
        type(editor.textField("avslutsdatum"), "2021-13-40");
        assertTrue(editor.listedMessages().stream().anyMatch(m -> m.contains("ÅÅÅÅ-MM-DD")), editor.listedMessages().toString());

        assertNull(editor.option("problematik", 6), "a retired option is not offered for a new case");
        click(editor.option("problematik", 1));
        click(editor.option("problematik", 4));
        click(editor.option("problematik", 9));
        assertEquals("", editor.note("problematik"));
        click(editor.option("problematik", 10));
        assertFalse(editor.option("problematik", 10).getSelection(), "the fourth problem area is refused");
        assertTrue(editor.note("problematik").contains("Högst 3"), editor.note("problematik"));

        click(editor.option("insatser", 3));
        Text comment = editor.commentField("insatser", 6);
        assertFalse(comment.isVisible(), "the comment field waits for its option");
        click(editor.option("insatser", 6));
        assertTrue(comment.isVisible(), "an option that asks for a comment shows its field");
        type(comment, "Stödsamtal i skolan");
        click(editor.option("avslutsorsak", 1));

        type(editor.textField("avslutsdatum"), "2021-02-10");
        String order = ruleMessage(version, "start_fore_avslut");
        assertEquals(List.of(order), problemMessages(editor), "only the date order is left to correct");
        assertTrue(editor.listedMessages().contains(order));
        assertTrue(editor.decorated("avslutsdatum"));
        assertTrue(editor.statusText().contains("utkast"), editor.statusText());
        editor.reveal("avslutsdatum");
        screenshot("case-editor-date-rule.png");

        type(editor.textField("avslutsdatum"), "2021-09-30");
        assertEquals(List.of(), editor.problems());
        assertFalse(editor.decorated("avslutsdatum"));

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        flush();
        assertFalse(editor.isDirty(), "Ctrl+S saved the case");
        CaseRecord saved = editor.storedCase();
        assertNotNull(saved);
        assertFalse(saved.draft(), "a complete case is not a draft");
        assertFalse(editor.caseIdField().getEditable(), "a stored case keeps its case id");
        assertTrue(page.closeEditor(editor, false));
        RegistrarSteps.markFirstRun();
    }
}
