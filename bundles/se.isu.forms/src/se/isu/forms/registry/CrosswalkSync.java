package se.isu.forms.registry;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.CrosswalkFactory;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;

/**
 * Keeps the crosswalk from a published version to a draft derived from it in step with the draft:
 * at first every question and option maps exactly to its copy; what the process leader adds to the
 * draft appears as new, and mappings to what was deleted from the draft are dropped. Mapping kinds
 * and notes the user set are left as they are.
 */
final class CrosswalkSync {

    private static final CrosswalkFactory F = CrosswalkFactory.eINSTANCE;

    private CrosswalkSync() {
    }

    /** A crosswalk from {@code base} to its fresh copy {@code draft}: everything exact. */
    static Crosswalk identity(FormVersion base, FormVersion draft) {
        Crosswalk crosswalk = F.createCrosswalk();
        crosswalk.setId(base.getFormId() + "-" + base.getVersion() + "-" + draft.getVersion());
        crosswalk.setSource(base);
        crosswalk.setTarget(draft);
        for (Question source : base.allQuestions()) {
            Question target = draft.findQuestion(source.getVariableId());
            QuestionMapping mapping = F.createQuestionMapping();
            mapping.setSourceQuestion(source);
            mapping.setTargetQuestion(target);
            mapping.setKind(target == null ? MappingKind.DROPPED : MappingKind.EXACT);
            if (source instanceof ChoiceQuestion sourceChoice) {
                for (Option option : sourceChoice.getOptions()) {
                    OptionMapping optionMapping = F.createOptionMapping();
                    optionMapping.setSourceOption(option);
                    Option copy = target instanceof ChoiceQuestion targetChoice ? targetChoice.findOption(option.getCode()) : null;
                    if (copy != null) {
                        optionMapping.getTargetOptions().add(copy);
                    }
                    optionMapping.setKind(copy == null ? MappingKind.DROPPED : MappingKind.EXACT);
                    mapping.getOptionMappings().add(optionMapping);
                }
            }
            crosswalk.getQuestionMappings().add(mapping);
        }
        update(crosswalk);
        return crosswalk;
    }

    /** Brings {@code crosswalk} in step with its target draft. Returns whether anything changed. */
    static boolean update(Crosswalk crosswalk) {
        FormVersion draft = crosswalk.getTarget();
        Set<Question> questions = new HashSet<>(draft.allQuestions());
        boolean changed = false;
        Set<Question> mappedQuestions = new HashSet<>();
        Set<Option> mappedOptions = new HashSet<>();
        for (Iterator<QuestionMapping> it = crosswalk.getQuestionMappings().iterator(); it.hasNext();) {
            QuestionMapping mapping = it.next();
            if (mapping.getTargetQuestion() != null && !questions.contains(mapping.getTargetQuestion())) {
                if (mapping.getSourceQuestion() == null) {
                    it.remove(); // a new question that was deleted again
                    changed = true;
                    continue;
                }
                mapping.setTargetQuestion(null);
                mapping.setKind(MappingKind.DROPPED);
                changed = true;
            }
            mappedQuestions.add(mapping.getTargetQuestion());
            for (Iterator<OptionMapping> options = mapping.getOptionMappings().iterator(); options.hasNext();) {
                OptionMapping option = options.next();
                boolean removedAny = option.getTargetOptions().removeIf(o -> !(o.eContainer() instanceof ChoiceQuestion q) || !questions.contains(q));
                changed |= removedAny;
                if (option.getTargetOptions().isEmpty()) {
                    if (option.getSourceOption() == null) {
                        options.remove();
                        continue;
                    }
                    if (option.getKind() != MappingKind.DROPPED) {
                        option.setKind(MappingKind.DROPPED);
                        changed = true;
                    }
                }
                mappedOptions.addAll(option.getTargetOptions());
            }
        }
        for (Question question : draft.allQuestions()) {
            QuestionMapping mapping = crosswalk.getQuestionMappings().stream()
                    .filter(m -> m.getTargetQuestion() == question).findFirst().orElse(null);
            if (mapping == null) {
                mapping = F.createQuestionMapping();
                mapping.setTargetQuestion(question);
                mapping.setKind(MappingKind.NEW);
                crosswalk.getQuestionMappings().add(mapping);
                changed = true;
            }
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    if (!mappedOptions.contains(option)) {
                        OptionMapping added = F.createOptionMapping();
                        added.getTargetOptions().add(option);
                        added.setKind(MappingKind.NEW);
                        mapping.getOptionMappings().add(added);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }
}
