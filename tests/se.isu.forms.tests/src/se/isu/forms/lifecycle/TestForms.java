package se.isu.forms.lifecycle;

import java.time.LocalDate;

import se.isu.forms.DateOrderRule;
import se.isu.forms.DateQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsFactory;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Section;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.VersionStatus;

/** A small published form built in code, shaped like SU-X, for tests of the lifecycle and the rules. */
final class TestForms {

    private static final FormsFactory F = FormsFactory.eINSTANCE;

    private TestForms() {
    }

    static FormVersion published() {
        FormVersion version = F.createFormVersion();
        version.setFormId("test");
        version.setFormName("Test");
        version.setVersion("2021");
        version.setStatus(VersionStatus.DRAFT);
        Section section = F.createSection();
        section.setId("barnet");
        section.setTitle("Barnet");
        version.getSections().add(section);

        IntegerQuestion age = F.createIntegerQuestion();
        age.setVariableId("alder");
        age.setNumber("1");
        age.setText("Barnets ålder vid aktualisering");
        age.setMinimum(0);
        section.getQuestions().add(age);

        SingleChoiceQuestion sex = F.createSingleChoiceQuestion();
        sex.setVariableId("kon");
        sex.setNumber("2");
        sex.setText("Barnets kön");
        sex.getOptions().add(option(1, "Flicka", null));
        sex.getOptions().add(option(2, "Pojke", null));
        section.getQuestions().add(sex);

        MultipleChoiceQuestion problems = F.createMultipleChoiceQuestion();
        problems.setVariableId("problematik");
        problems.setNumber("3");
        problems.setText("Huvudsaklig problematik");
        problems.setMaxSelections(3);
        problems.getOptions().add(option(1, "Skolproblem", "Problem i skolan."));
        problems.getOptions().add(option(2, "Beteendeproblem", "Utagerande beteende."));
        section.getQuestions().add(problems);

        DateQuestion start = F.createDateQuestion();
        start.setVariableId("startdatum");
        start.setText("Startdatum");
        DateQuestion end = F.createDateQuestion();
        end.setVariableId("avslutsdatum");
        end.setText("Avslutsdatum");
        section.getQuestions().add(start);
        section.getQuestions().add(end);

        DateOrderRule order = F.createDateOrderRule();
        order.setId("start-fore-avslut");
        order.setEarlier(start);
        order.setLater(end);
        order.setMessage("Startdatum kan inte vara efter avslutsdatum.");
        version.getRules().add(order);
        try {
            FormLifecycle.publish(version, LocalDate.of(2021, 1, 1));
        } catch (FormLifecycleException e) {
            throw new AssertionError("the test form must be valid: " + e.getMessage(), e);
        }
        return version;
    }

    static Option option(int code, String label, String definition) {
        Option option = F.createOption();
        option.setCode(code);
        option.setLabel(label);
        option.setDefinition(definition);
        return option;
    }
}
