package se.isu.forms.impl;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.Section;

/**
 * The operations the metamodel declares on form versions and questions. Kept out of the generated classes so
 * that regenerating them only has to keep one-line calls.
 */
final class FormQueries {

    private FormQueries() {
    }

    static EList<Question> allQuestions(FormVersion version) {
        EList<Question> questions = new BasicEList<>();
        for (Section section : version.getSections()) {
            questions.addAll(section.getQuestions());
        }
        // A copy that cannot be changed: adding to it would look like adding to the form, and would not be.
        return ECollections.unmodifiableEList(questions);
    }

    static Question findQuestion(FormVersion version, String variableId) {
        if (variableId == null) {
            return null;
        }
        for (Section section : version.getSections()) {
            for (Question question : section.getQuestions()) {
                if (variableId.equals(question.getVariableId())) {
                    return question;
                }
            }
        }
        return null;
    }

    static Option findOption(ChoiceQuestion question, int code) {
        for (Option option : question.getOptions()) {
            if (option.getCode() == code) {
                return option;
            }
        }
        return null;
    }
}
