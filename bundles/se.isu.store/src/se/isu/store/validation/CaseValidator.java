package se.isu.store.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateOrderRule;
import se.isu.forms.FormVersion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.RangeRule;
import se.isu.forms.Rule;
import se.isu.forms.TextQuestion;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;
import se.isu.store.Answers;
import se.isu.store.internal.ValidationMessages;

/**
 * Checks a case's answers against its form version: required answers, integer bounds, the number of
 * choices, comments the chosen options ask for, and the version's own rules with their messages.
 * Knows nothing of widgets, so the editor, and anything else that records cases, checks the same way.
 */
public final class CaseValidator {

    private final List<Rule> rules;
    /** The questions a case is checked on: the version's questions in form order, the retired left out. */
    private final List<Question> questions;
    /** The options of each choice question by code, so that an answer's code is looked up, not searched for. */
    private final Map<ChoiceQuestion, Map<Integer, Option>> options = new HashMap<>();

    /**
     * A validator for cases of {@code version}, as the version is now: it reads the questions, options
     * and rules once (an import checks every row with one validator), so a version that is still being
     * edited needs a new validator after each change. Published versions never change.
     */
    public CaseValidator(FormVersion version) {
        this.rules = List.copyOf(version.getRules());
        List<Question> active = new ArrayList<>();
        for (Question question : version.allQuestions()) {
            if (question.isRetired()) {
                continue;
            }
            active.add(question);
            if (question instanceof ChoiceQuestion choice) {
                Map<Integer, Option> byCode = new HashMap<>();
                for (Option option : choice.getOptions()) {
                    byCode.putIfAbsent(option.getCode(), option);
                }
                options.put(choice, byCode);
            }
        }
        this.questions = List.copyOf(active);
    }

    /**
     * The problems of a case, in form order, rules last.
     *
     * @param caseId the case id as entered (the key question's answer), possibly blank
     */
    public List<CaseProblem> validate(String caseId, Answers answers) {
        List<CaseProblem> problems = new ArrayList<>();
        Set<String> ruleBounded = new HashSet<>();
        List<CaseProblem> ruleProblems = new ArrayList<>();
        for (Rule rule : rules) {
            checkRule(rule, answers, ruleProblems, ruleBounded);
        }
        for (Question question : questions) {
            if (question instanceof TextQuestion text && text.isKey()) {
                if (caseId == null || caseId.isBlank()) {
                    problems.add(CaseProblem.error(question.getVariableId(), ValidationMessages.caseIdMissing));
                }
                continue;
            }
            AnswerValue answer = answers.get(question.getVariableId()).orElse(null);
            if (isEmpty(answer)) {
                if (question.isRequired()) {
                    problems.add(CaseProblem.error(question.getVariableId(),
                            NLS.bind(ValidationMessages.answerRequired, name(question))));
                }
                continue;
            }
            checkAnswer(question, answer, problems, ruleBounded);
        }
        problems.addAll(ruleProblems);
        return problems;
    }

    /** Whether any of the problems is an error, which keeps the case a draft. */
    public static boolean hasErrors(List<CaseProblem> problems) {
        return problems.stream().anyMatch(CaseProblem::error);
    }

    /** How a message names a question: its number when it has one ("fråga 7"), else its text. */
    public static String name(Question question) {
        String number = question.getNumber();
        return number == null || number.isBlank() ? question.getText() : NLS.bind(ValidationMessages.questionNumber, number);
    }

    private static boolean isEmpty(AnswerValue answer) {
        return answer == null || answer instanceof TextAnswer text && text.value().isBlank()
                || answer instanceof MultipleChoice multiple && multiple.codes().isEmpty();
    }

    private void checkAnswer(Question question, AnswerValue answer, List<CaseProblem> problems, Set<String> ruleBounded) {
        String id = question.getVariableId();
        if (question instanceof IntegerQuestion integer && answer instanceof IntegerAnswer value
                && !ruleBounded.contains(id)) {
            Integer min = integer.getMinimum();
            Integer max = integer.getMaximum();
            if (min != null && value.value() < min || max != null && value.value() > max) {
                String message = min != null && max != null ? NLS.bind(ValidationMessages.integerBetween, new Object[] { name(question), min, max })
                        : min != null ? NLS.bind(ValidationMessages.integerAtLeast, name(question), min)
                                : NLS.bind(ValidationMessages.integerAtMost, name(question), max);
                problems.add(CaseProblem.error(id, message));
            }
        }
        if (question instanceof MultipleChoiceQuestion multiple && answer instanceof MultipleChoice chosen) {
            Integer max = multiple.getMaxSelections();
            if (max != null && chosen.codes().size() > max) {
                problems.add(CaseProblem.error(id, NLS.bind(ValidationMessages.tooManyChoices, name(question), max)));
            }
            for (int code : chosen.codes()) {
                checkOption(multiple, code, chosen.comment(code), problems);
            }
        }
        if (question instanceof ChoiceQuestion single && answer instanceof SingleChoice chosen) {
            checkOption(single, chosen.code(), chosen.comment(), problems);
        }
    }

    private void checkOption(ChoiceQuestion question, int code, String comment, List<CaseProblem> problems) {
        Option option = options.get(question).get(code);
        if (option == null) {
            problems.add(CaseProblem.error(question.getVariableId(), NLS.bind(ValidationMessages.unknownCode, name(question), code)));
            return;
        }
        if (option.isRetired()) {
            problems.add(CaseProblem.warning(question.getVariableId(),
                    NLS.bind(ValidationMessages.retiredChosen, name(question), option.getLabel())));
        }
        if (option.isRequiresComment() && (comment == null || comment.isBlank())) {
            problems.add(CaseProblem.warning(question.getVariableId(),
                    NLS.bind(ValidationMessages.commentMissing, name(question), option.getLabel())));
        }
    }

    private static void checkRule(Rule rule, Answers answers, List<CaseProblem> problems, Set<String> ruleBounded) {
        if (rule instanceof DateOrderRule order && order.getEarlier() != null && order.getLater() != null) {
            LocalDate earlier = date(answers, order.getEarlier());
            LocalDate later = date(answers, order.getLater());
            if (earlier != null && later != null && later.isBefore(earlier)) {
                problems.add(CaseProblem.error(order.getLater().getVariableId(), rule.getMessage()));
            }
        } else if (rule instanceof RangeRule range && range.getQuestion() != null) {
            String id = range.getQuestion().getVariableId();
            ruleBounded.add(id);
            if (answers.get(id).orElse(null) instanceof IntegerAnswer value
                    && (range.getMinimum() != null && value.value() < range.getMinimum()
                            || range.getMaximum() != null && value.value() > range.getMaximum())) {
                problems.add(CaseProblem.error(id, rule.getMessage()));
            }
        }
    }

    private static LocalDate date(Answers answers, Question question) {
        return answers.get(question.getVariableId()).orElse(null) instanceof DateAnswer date ? date.value() : null;
    }
}
