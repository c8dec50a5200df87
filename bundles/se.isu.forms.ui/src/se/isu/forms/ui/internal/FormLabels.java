package se.isu.forms.ui.internal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsPackage;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.diff.FormChange;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.provider.FormsEditPlugin;

/** How forms, versions and their parts are named in the views, in one place so every view agrees. */
public final class FormLabels {

    private FormLabels() {
    }

    /** "2021 – publicerad, gäller från 2021-01-01", or "2022 – utkast". */
    public static String version(FormVersion version) {
        LocalDate validFrom = version.getValidFrom();
        String status = FormLifecycle.statusName(version);
        return validFrom == null ? NLS.bind(Messages.versionLabel, version.getVersion(), status)
                : NLS.bind(Messages.versionLabelValidFrom, new Object[] { version.getVersion(), status, validFrom });
    }

    public static String form(FormDefinition form) {
        return NLS.bind(Messages.formLabel, form.getName(), form.getId());
    }

    /** "SU-X 2020 → SU-X 2021". */
    public static String crosswalk(Crosswalk crosswalk) {
        return NLS.bind(Messages.crosswalkLabel, name(crosswalk.getSource()), name(crosswalk.getTarget()));
    }

    public static String name(FormVersion version) {
        return version == null ? "" : version.getFormName() + " " + version.getVersion();
    }

    /** "3. Var är barnet/ungdomen född?" with "(utgången)" for a retired question. */
    public static String question(Question question) {
        String text = question.getNumber() == null || question.getNumber().isBlank() ? question.getText()
                : NLS.bind(Messages.questionLabel, question.getNumber(), question.getText());
        return question.isRetired() ? text + " " + Messages.retiredSuffix : text;
    }

    /** "14 – Brister i hemmiljön ..." with "(utgången)" for a retired option. */
    public static String option(Option option) {
        String text = NLS.bind(Messages.optionLabel, option.getCode(), option.getLabel());
        return option.isRetired() ? text + " " + Messages.retiredSuffix : text;
    }

    /** A question or option with its question, as the problems and refusals name it. */
    public static String element(Object element) {
        if (element instanceof Option option) {
            return option.eContainer() instanceof ChoiceQuestion q ? q.getVariableId() + " " + option(option) : option(option);
        }
        if (element instanceof Question question) {
            return question(question);
        }
        return String.valueOf(element);
    }

    public static String kind(FormChange.Kind kind) {
        return se.isu.forms.labels.FormLabels.kind(kind);
    }

    /** "Fråga": the command line's word, capitalised as a table cell starts. */
    public static String subject(FormChange.Subject subject) {
        return capitalised(se.isu.forms.labels.FormLabels.subject(subject));
    }

    /** "Dokumenterad", "Antagande", "Odokumenterad". */
    public static String basis(FormChange.Basis basis) {
        return capitalised(se.isu.forms.labels.FormLabels.basis(basis));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String mapping(MappingKind kind) {
        return se.isu.forms.labels.FormLabels.mapping(kind);
    }

    /** The crosswalk's word on a change: "delad – <its note>", or nothing without a crosswalk. */
    public static String crosswalkNote(FormChange change) {
        if (change.mapping() == null) {
            return "";
        }
        String note = change.note() == null || change.note().isBlank() ? "" : " – " + change.note();
        return mapping(change.mapping()) + note;
    }

    /**
     * A property the diff names by its model name ("helpText"), as the edit bundle labels it
     * ("Hjälptext"), so the diff and the editor's details panel use the same words.
     */
    public static String property(String name) {
        if (name == null) {
            return "";
        }
        for (EClassifier classifier : FormsPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                EStructuralFeature feature = eClass.getEStructuralFeature(name);
                if (feature != null) {
                    String key = "_UI_" + feature.getEContainingClass().getName() + "_" + name + "_feature";
                    return FormsEditPlugin.INSTANCE.getString(key);
                }
            }
        }
        return name;
    }
}
