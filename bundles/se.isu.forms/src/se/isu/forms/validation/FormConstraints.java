package se.isu.forms.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateOrderRule;
import se.isu.forms.DateQuestion;
import se.isu.forms.DerivedVariable;
import se.isu.forms.FormVersion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.RangeRule;
import se.isu.forms.Rule;
import se.isu.forms.VersionStatus;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;
import se.isu.forms.internal.Messages;
import se.isu.forms.lifecycle.ContentDigest;

/**
 * The rules a form version and a crosswalk must keep, called by the generated EMF validators
 * ({@code FormsValidator}, {@code CrosswalkValidator}) so that {@code Diagnostician} and the editors
 * report them like any other EMF constraint. Each method returns whether the object passed, and adds
 * a diagnostic in Swedish, naming the question and code, for every problem it finds.
 */
public final class FormConstraints {

    /** Diagnostic source of every problem reported here. */
    public static final String SOURCE = "se.isu.forms";

    private FormConstraints() {
    }

    public static boolean uniqueVariableIds(FormVersion version, DiagnosticChain diagnostics) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (Question question : version.allQuestions()) {
            String id = question.getVariableId();
            if (id == null || id.isBlank()) {
                ok &= report(diagnostics, Diagnostic.ERROR, 1, NLS.bind(Messages.missingVariableId, question.getText()), question);
            } else if (!seen.add(id)) {
                ok &= report(diagnostics, Diagnostic.ERROR, 2, NLS.bind(Messages.duplicateVariableId, id, name(version)), question);
            }
        }
        for (DerivedVariable derived : version.getDerivedVariables()) {
            if (derived.getVariableId() != null && !seen.add(derived.getVariableId())) {
                ok &= report(diagnostics, Diagnostic.ERROR, 2,
                        NLS.bind(Messages.duplicateVariableId, derived.getVariableId(), name(version)), derived);
            }
        }
        return ok;
    }

    public static boolean uniqueOptionCodes(FormVersion version, DiagnosticChain diagnostics) {
        boolean ok = true;
        for (Question question : version.allQuestions()) {
            if (question instanceof ChoiceQuestion choice) {
                Set<Integer> codes = new HashSet<>();
                for (Option option : choice.getOptions()) {
                    if (!codes.add(option.getCode())) {
                        ok &= report(diagnostics, Diagnostic.ERROR, 3,
                                NLS.bind(Messages.duplicateOptionCode, option.getCode(), question.getText()), option);
                    }
                }
            }
        }
        return ok;
    }

    public static boolean publishedUnchanged(FormVersion version, DiagnosticChain diagnostics) {
        if (version.getStatus() == VersionStatus.DRAFT) {
            return true;
        }
        String digest = version.getPublishedDigest();
        if (digest == null || digest.isBlank()) {
            return report(diagnostics, Diagnostic.ERROR, 4, NLS.bind(Messages.publishedWithoutDigest, name(version)), version);
        }
        if (!digest.equals(ContentDigest.of(version))) {
            return report(diagnostics, Diagnostic.ERROR, 5, NLS.bind(Messages.publishedChanged, name(version)), version);
        }
        return true;
    }

    /**
     * A code that the predecessor used keeps its meaning: it is not revived after being retired, and
     * it does not get both a new label and a new definition. A new label alone is reported as a
     * warning, since rewording is allowed but a changed meaning is not.
     */
    public static boolean codesKeepTheirMeaning(FormVersion version, DiagnosticChain diagnostics) {
        FormVersion predecessor = version.getPredecessor();
        if (predecessor == null || predecessor.eIsProxy()) {
            return true;
        }
        boolean ok = true;
        for (Question question : version.allQuestions()) {
            if (!(question instanceof ChoiceQuestion choice)
                    || !(predecessor.findQuestion(question.getVariableId()) instanceof ChoiceQuestion before)) {
                continue;
            }
            for (Option option : choice.getOptions()) {
                Option old = before.findOption(option.getCode());
                if (old == null) {
                    continue;
                }
                if (old.isRetired() && !option.isRetired()) {
                    ok &= report(diagnostics, Diagnostic.ERROR, 6, NLS.bind(Messages.codeReusedAfterRetirement,
                            new Object[] { option.getCode(), question.getText(), name(predecessor), option.getLabel() }), option);
                } else if (!Objects.equals(old.getLabel(), option.getLabel())) {
                    if (!Objects.equals(old.getDefinition(), option.getDefinition())) {
                        ok &= report(diagnostics, Diagnostic.ERROR, 7, NLS.bind(Messages.codeGivenNewMeaning,
                                new Object[] { option.getCode(), question.getText(), old.getLabel(), name(predecessor),
                                        option.getLabel() }), option);
                    } else {
                        report(diagnostics, Diagnostic.WARNING, 8, NLS.bind(Messages.labelChangedKeepsCode,
                                new Object[] { option.getCode(), question.getText(), old.getLabel(), option.getLabel() }), option);
                    }
                }
            }
        }
        return ok;
    }

    /**
     * A draft keeps every question and code of the version it was derived from: what is no longer
     * asked is retired, not deleted, and nothing is renumbered.
     */
    public static boolean keepsPredecessorCodes(FormVersion version, DiagnosticChain diagnostics) {
        FormVersion predecessor = version.getPredecessor();
        if (version.getStatus() != VersionStatus.DRAFT || predecessor == null || predecessor.eIsProxy()) {
            return true;
        }
        boolean ok = true;
        for (Question old : predecessor.allQuestions()) {
            Question now = version.findQuestion(old.getVariableId());
            if (now == null) {
                ok &= report(diagnostics, Diagnostic.ERROR, 9,
                        NLS.bind(Messages.predecessorQuestionMissing, old.getText(), name(predecessor)), version);
                continue;
            }
            if (!(old instanceof ChoiceQuestion before) || !(now instanceof ChoiceQuestion after)) {
                continue;
            }
            Map<String, Integer> codeByLabel = new HashMap<>();
            for (Option option : after.getOptions()) {
                codeByLabel.putIfAbsent(option.getLabel(), option.getCode());
            }
            for (Option option : before.getOptions()) {
                if (after.findOption(option.getCode()) == null) {
                    Integer moved = codeByLabel.get(option.getLabel());
                    if (moved != null) {
                        ok &= report(diagnostics, Diagnostic.ERROR, 10, NLS.bind(Messages.optionRenumbered, new Object[] {
                                option.getLabel(), now.getText(), option.getCode(), name(predecessor), moved }), now);
                    } else {
                        ok &= report(diagnostics, Diagnostic.ERROR, 11, NLS.bind(Messages.predecessorCodeMissing, new Object[] {
                                option.getCode(), option.getLabel(), now.getText(), name(predecessor) }), now);
                    }
                }
            }
        }
        return ok;
    }

    public static boolean ruleRefersToRightKind(Rule rule, DiagnosticChain diagnostics) {
        boolean ok = true;
        FormVersion version = versionOf(rule);
        if (rule instanceof DateOrderRule order) {
            for (Question question : List.of(order.getEarlier(), order.getLater())) {
                ok &= refersWithin(rule, question, version, diagnostics);
                if (question != null && !(question instanceof DateQuestion)) {
                    ok &= report(diagnostics, Diagnostic.ERROR, 12, NLS.bind(Messages.ruleNeedsDates, rule.getId(), question.getText()), rule);
                }
            }
        } else if (rule instanceof RangeRule range) {
            Question question = range.getQuestion();
            ok &= refersWithin(rule, question, version, diagnostics);
            if (question != null && !(question instanceof IntegerQuestion)) {
                ok &= report(diagnostics, Diagnostic.ERROR, 13, NLS.bind(Messages.ruleNeedsInteger, rule.getId(), question.getText()), rule);
            }
            if (range.getMinimum() != null && range.getMaximum() != null && range.getMinimum() > range.getMaximum()) {
                ok &= report(diagnostics, Diagnostic.ERROR, 14,
                        NLS.bind(Messages.ruleRangeReversed, new Object[] { rule.getId(), range.getMinimum(), range.getMaximum() }), rule);
            }
        }
        return ok;
    }

    public static boolean derivedRefersToDates(DerivedVariable derived, DiagnosticChain diagnostics) {
        boolean ok = true;
        for (Question question : List.of(derived.getFrom(), derived.getTo())) {
            if (question != null && !(question instanceof DateQuestion)) {
                ok &= report(diagnostics, Diagnostic.ERROR, 15,
                        NLS.bind(Messages.derivedNeedsDates, derived.getVariableId(), question.getText()), derived);
            }
        }
        return ok;
    }

    /** Every question and option of both versions is accounted for by some mapping. */
    public static boolean everySourceOptionMapped(Crosswalk crosswalk, DiagnosticChain diagnostics) {
        FormVersion source = crosswalk.getSource();
        FormVersion target = crosswalk.getTarget();
        if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
            return true; // multiplicity and proxy resolution are reported by EMF itself
        }
        Set<Question> mappedSources = new HashSet<>();
        Set<Question> mappedTargets = new HashSet<>();
        Set<Option> mappedSourceOptions = new HashSet<>();
        Set<Option> mappedTargetOptions = new HashSet<>();
        for (QuestionMapping mapping : crosswalk.getQuestionMappings()) {
            mappedSources.add(mapping.getSourceQuestion());
            mappedTargets.add(mapping.getTargetQuestion());
            for (OptionMapping option : mapping.getOptionMappings()) {
                mappedSourceOptions.add(option.getSourceOption());
                mappedTargetOptions.addAll(option.getTargetOptions());
            }
        }
        boolean ok = true;
        ok &= coverage(source, mappedSources, mappedSourceOptions, target, diagnostics, crosswalk, Messages.crosswalkOptionUnmapped, false);
        // A retired option of the target only reserves its code: no record of the target can use it.
        ok &= coverage(target, mappedTargets, mappedTargetOptions, source, diagnostics, crosswalk, Messages.crosswalkTargetOptionUnmapped, true);
        return ok;
    }

    private static boolean coverage(FormVersion version, Set<Question> questions, Set<Option> options, FormVersion other,
            DiagnosticChain diagnostics, Crosswalk crosswalk, String optionMessage, boolean skipRetired) {
        boolean ok = true;
        for (Question question : version.allQuestions()) {
            if (!questions.contains(question)) {
                ok &= report(diagnostics, Diagnostic.ERROR, 16,
                        NLS.bind(Messages.crosswalkQuestionUnmapped, new Object[] { question.getText(), name(version), name(other) }), crosswalk);
            }
            if (question instanceof ChoiceQuestion choice) {
                for (Option option : choice.getOptions()) {
                    if (!options.contains(option) && !(skipRetired && option.isRetired())) {
                        ok &= report(diagnostics, Diagnostic.ERROR, 17, NLS.bind(optionMessage,
                                new Object[] { option.getCode(), option.getLabel(), question.getText(), name(version) }), crosswalk);
                    }
                }
            }
        }
        return ok;
    }

    private static boolean refersWithin(Rule rule, Question question, FormVersion version, DiagnosticChain diagnostics) {
        if (question != null && version != null && versionOf(question) != version) {
            return report(diagnostics, Diagnostic.ERROR, 18, NLS.bind(Messages.ruleOutsideVersion, rule.getId(), question.getText()), rule);
        }
        return true;
    }

    private static FormVersion versionOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof FormVersion version) {
                return version;
            }
        }
        return null;
    }

    /** "SU-X 2021": how users name a version. */
    public static String name(FormVersion version) {
        return version.getFormName() + " " + version.getVersion();
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, int code, String message, EObject object) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] { object }));
        }
        return severity < Diagnostic.ERROR;
    }
}
