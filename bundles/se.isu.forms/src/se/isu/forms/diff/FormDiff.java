package se.isu.forms.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.isu.forms.ChangeNote;
import se.isu.forms.ChangeNoteKind;
import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateOrderRule;
import se.isu.forms.DerivedVariable;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsPackage;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.RangeRule;
import se.isu.forms.Rule;
import se.isu.forms.Section;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;
import se.isu.forms.diff.FormChange.Basis;
import se.isu.forms.diff.FormChange.Kind;
import se.isu.forms.diff.FormChange.Subject;

/**
 * The differences between two versions of a form: questions matched by variable id, options by code
 * within their question, sections and rules by id. Question numbers are left out: they follow from
 * the order of the questions and change whenever one is added.
 */
public final class FormDiff {

    /** Attributes that say nothing about content, or that identify the element. */
    private static final Set<EStructuralFeature> IGNORED = Set.of(
            FormsPackage.Literals.QUESTION__NUMBER,
            FormsPackage.Literals.QUESTION__VARIABLE_ID,
            FormsPackage.Literals.QUESTION__RETIRED,
            FormsPackage.Literals.OPTION__CODE,
            FormsPackage.Literals.OPTION__RETIRED,
            FormsPackage.Literals.SECTION__ID,
            FormsPackage.Literals.RULE__ID,
            FormsPackage.Literals.DERIVED_VARIABLE__VARIABLE_ID);

    private final FormVersion older;
    private final FormVersion newer;
    private final Crosswalk crosswalk;
    private final Map<String, ChangeNote> documenting = new HashMap<>();
    private final Map<String, ChangeNote> assuming = new HashMap<>();
    private final List<FormChange> changes = new ArrayList<>();

    private FormDiff(FormVersion older, FormVersion newer, Crosswalk crosswalk) {
        this.older = older;
        this.newer = newer;
        this.crosswalk = crosswalk;
        for (ChangeNote note : newer.getChangeNotes()) {
            if (note.getKind() == ChangeNoteKind.CHANGE) {
                note.getVariableIds().forEach(id -> documenting.putIfAbsent(id, note));
            }
        }
        for (FormVersion version : List.of(newer, older)) {
            for (ChangeNote note : version.getChangeNotes()) {
                if (note.getKind() == ChangeNoteKind.ASSUMPTION) {
                    note.getVariableIds().forEach(id -> assuming.putIfAbsent(id, note));
                }
            }
        }
    }

    /**
     * What changed from {@code older} to {@code newer}, in form order. {@code crosswalk} (from older
     * to newer, may be null) adds what is known about each change.
     */
    public static List<FormChange> compare(FormVersion older, FormVersion newer, Crosswalk crosswalk) {
        FormDiff diff = new FormDiff(older, newer, crosswalk);
        diff.compareAll();
        return List.copyOf(diff.changes);
    }

    private void compareAll() {
        compareKeyed(older.getSections(), newer.getSections(), Section::getId, Subject.SECTION, Section::getTitle,
                section -> section.getQuestions().stream().map(Question::getVariableId).toList());
        Map<String, Question> before = byKey(older.allQuestions(), Question::getVariableId);
        Map<String, Question> after = byKey(newer.allQuestions(), Question::getVariableId);
        for (Question question : after.values()) {
            Question old = before.get(question.getVariableId());
            if (old == null) {
                add(Kind.ADDED, Subject.QUESTION, question.getVariableId(), null, null, null, question.getText(), noteFor(null, question));
            } else {
                compareQuestion(old, question);
            }
        }
        for (Question old : before.values()) {
            if (!after.containsKey(old.getVariableId())) {
                add(Kind.REMOVED, Subject.QUESTION, old.getVariableId(), null, null, old.getText(), null, noteFor(old, null));
            }
        }
        compareKeyed(older.getRules(), newer.getRules(), Rule::getId, Subject.RULE, Rule::getMessage, FormDiff::variablesOf);
        compareKeyed(older.getDerivedVariables(), newer.getDerivedVariables(), DerivedVariable::getVariableId,
                Subject.DERIVED_VARIABLE, DerivedVariable::getLabel, FormDiff::variablesOf);
    }

    private void compareQuestion(Question old, Question question) {
        String id = question.getVariableId();
        if (!old.isRetired() && question.isRetired()) {
            add(Kind.RETIRED, Subject.QUESTION, id, null, null, old.getText(), question.getText(), noteFor(old, question));
        } else if (old.isRetired() && !question.isRetired()) {
            add(Kind.CHANGED, Subject.QUESTION, id, null, "retired", "true", "false", noteFor(old, question));
        }
        if (old.eClass() != question.eClass()) {
            add(Kind.CHANGED, Subject.QUESTION, id, null, "kind", old.eClass().getName(), question.eClass().getName(), noteFor(old, question));
        }
        compareAttributes(old, question, Subject.QUESTION, id, null, noteFor(old, question));
        if (old instanceof ChoiceQuestion oldChoice && question instanceof ChoiceQuestion choice) {
            for (Option option : choice.getOptions()) {
                Option previous = oldChoice.findOption(option.getCode());
                if (previous == null) {
                    add(Kind.ADDED, Subject.OPTION, id, option.getCode(), null, null, option.getLabel(), noteFor(null, option));
                } else {
                    if (!previous.isRetired() && option.isRetired()) {
                        add(Kind.RETIRED, Subject.OPTION, id, option.getCode(), null, previous.getLabel(), option.getLabel(), noteFor(previous, option));
                    } else if (previous.isRetired() && !option.isRetired()) {
                        add(Kind.CHANGED, Subject.OPTION, id, option.getCode(), "retired", "true", "false", noteFor(previous, option));
                    }
                    compareAttributes(previous, option, Subject.OPTION, id, option.getCode(), noteFor(previous, option));
                }
            }
            for (Option previous : oldChoice.getOptions()) {
                if (choice.findOption(previous.getCode()) == null) {
                    add(Kind.REMOVED, Subject.OPTION, id, previous.getCode(), null, previous.getLabel(), null, noteFor(previous, null));
                }
            }
        }
    }

    private void compareAttributes(EObject old, EObject now, Subject subject, String id, Integer code, Mapped note) {
        if (old.eClass() != now.eClass()) {
            return;
        }
        for (EAttribute attribute : now.eClass().getEAllAttributes()) {
            if (IGNORED.contains(attribute)) {
                continue;
            }
            Object a = old.eGet(attribute);
            Object b = now.eGet(attribute);
            if (!Objects.equals(a, b)) {
                add(Kind.CHANGED, subject, id, code, attribute.getName(), a == null ? null : a.toString(), b == null ? null : b.toString(), note);
            }
        }
    }

    /**
     * Compares elements matched by {@code key}. Whether a change of one is documented or assumed is
     * decided by the variables it concerns ({@code concerns}): a rule is as documented as the
     * questions it checks.
     */
    private <T extends EObject> void compareKeyed(List<T> before, List<T> after, Function<T, String> key, Subject subject,
            Function<T, String> text, Function<T, List<String>> concerns) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        int start = changes.size();
        for (T element : now.values()) {
            T previous = old.get(key.apply(element));
            if (previous == null) {
                add(Kind.ADDED, subject, key.apply(element), null, null, null, text.apply(element), null);
            } else {
                compareAttributes(previous, element, subject, key.apply(element), null, null);
            }
            rebase(start, concerns.apply(element));
            start = changes.size();
        }
        for (T previous : old.values()) {
            if (!now.containsKey(key.apply(previous))) {
                add(Kind.REMOVED, subject, key.apply(previous), null, null, text.apply(previous), null, null);
                rebase(start, concerns.apply(previous));
                start = changes.size();
            }
        }
    }

    /** Re-decides the basis of the changes from index {@code from} on by the variables they concern. */
    private void rebase(int from, List<String> variables) {
        for (int i = from; i < changes.size(); i++) {
            FormChange c = changes.get(i);
            if (c.basis() != Basis.UNDOCUMENTED) {
                continue;
            }
            for (String variable : variables) {
                ChangeNote note = documenting.get(variable);
                Basis basis = Basis.DOCUMENTED;
                if (note == null) {
                    note = assuming.get(variable);
                    basis = Basis.ASSUMED;
                }
                if (note != null) {
                    changes.set(i, new FormChange(c.kind(), c.subject(), c.variableId(), c.code(), c.property(), c.before(), c.after(),
                            basis, note.getText(), c.mapping(), c.note()));
                    break;
                }
            }
        }
    }

    private static List<String> variablesOf(Rule rule) {
        List<Question> questions = rule instanceof DateOrderRule order ? Arrays.asList(order.getEarlier(), order.getLater())
                : rule instanceof RangeRule range ? Collections.singletonList(range.getQuestion()) : List.of();
        return questions.stream().filter(Objects::nonNull).map(Question::getVariableId).toList();
    }

    private static List<String> variablesOf(DerivedVariable derived) {
        List<String> variables = new ArrayList<>();
        variables.add(derived.getVariableId());
        for (Question question : Arrays.asList(derived.getFrom(), derived.getTo())) {
            if (question != null) {
                variables.add(question.getVariableId());
            }
        }
        return variables;
    }

    private static <T> Map<String, T> byKey(List<T> elements, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T element : elements) {
            map.putIfAbsent(key.apply(element), element);
        }
        return map;
    }

    private void add(Kind kind, Subject subject, String id, Integer code, String property, String before, String after, Mapped mapped) {
        MappingKind mapping = mapped == null ? null : mapped.kind();
        String note = mapped == null ? null : mapped.note();
        // A note may name one property of a variable ("problematik/required"); it explains that change
        // better than a note on the variable as a whole.
        String exact = property == null ? null : id + "/" + property;
        ChangeNote documented = exact != null && documenting.containsKey(exact) ? documenting.get(exact)
                : exact != null && assuming.containsKey(exact) ? null : documenting.get(id);
        ChangeNote assumed = exact != null && assuming.containsKey(exact) ? assuming.get(exact) : assuming.get(id);
        if (documented != null) {
            changes.add(new FormChange(kind, subject, id, code, property, before, after, Basis.DOCUMENTED, documented.getText(), mapping, note));
        } else if (assumed != null) {
            changes.add(new FormChange(kind, subject, id, code, property, before, after, Basis.ASSUMED, assumed.getText(), mapping, note));
        } else {
            changes.add(new FormChange(kind, subject, id, code, property, before, after, Basis.UNDOCUMENTED, null, mapping, note));
        }
    }

    /** A crosswalk mapping's kind and note. */
    private record Mapped(MappingKind kind, String note) {
    }

    /** What the crosswalk says of a question or option, given its older and/or newer element. */
    private Mapped noteFor(EObject old, EObject now) {
        if (crosswalk == null) {
            return null;
        }
        for (QuestionMapping mapping : crosswalk.getQuestionMappings()) {
            if (old instanceof Question || now instanceof Question) {
                if ((old != null && mapping.getSourceQuestion() == old) || (old == null && mapping.getTargetQuestion() == now)) {
                    return new Mapped(mapping.getKind(), mapping.getNote());
                }
                continue;
            }
            for (OptionMapping option : mapping.getOptionMappings()) {
                if ((old != null && option.getSourceOption() == old) || (old == null && option.getTargetOptions().contains(now))) {
                    return new Mapped(option.getKind(), option.getNote());
                }
            }
        }
        return null;
    }
}
