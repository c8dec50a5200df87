package se.isu.forms.diff;

import se.isu.forms.crosswalk.MappingKind;

/**
 * One difference between two versions of a form.
 *
 * @param kind what happened
 * @param subject what it happened to
 * @param variableId the question's (or derived variable's) variable id; for sections and rules their id
 * @param code the option code, for options; otherwise null
 * @param property for {@link Kind#CHANGED}, the property that changed (text, helpText, label, ...)
 * @param before the older value (for removals, the element's text or label); null when added
 * @param after the newer value (for additions, the element's text or label); null when removed
 * @param basis whether the change is documented by a change note of the newer version, follows from
 *            what was assumed where the sources are silent, or is documented nowhere
 * @param basisText the change note that documents or assumes it, or null
 * @param mapping how the crosswalk between the versions maps the element, or null
 * @param note the crosswalk's note on that mapping, or null
 */
public record FormChange(Kind kind, Subject subject, String variableId, Integer code, String property, String before,
        String after, Basis basis, String basisText, MappingKind mapping, String note) {

    /** Whether the change is documented, assumed, or neither. */
    public enum Basis {
        /** A change note of the newer version describes it. */
        DOCUMENTED,
        /** It rests on an assumption recorded in a change note of either version. */
        ASSUMED,
        /** No change note mentions it. */
        UNDOCUMENTED
    }

    public enum Kind {
        ADDED, REMOVED, RETIRED, CHANGED
    }

    public enum Subject {
        SECTION, QUESTION, OPTION, RULE, DERIVED_VARIABLE
    }
}
