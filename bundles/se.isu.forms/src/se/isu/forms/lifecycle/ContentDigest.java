package se.isu.forms.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.isu.forms.ChoiceQuestion;
import se.isu.forms.FormVersion;
import se.isu.forms.FormsPackage;
import se.isu.forms.Option;
import se.isu.forms.Question;

/**
 * The SHA-256 of a form version's content: everything a record's meaning depends on (questions,
 * options, codes, texts, definitions, rules, derived variables, change notes, validity date). The
 * status and the digest itself are left out, so retiring a published version does not change it.
 * <p>
 * References are written as what they mean (a question's variable id, an option's variable id and
 * code, a version's form id and name), never as file positions, so the digest does not depend on how
 * the file is laid out.
 */
public final class ContentDigest {

    private static final List<EStructuralFeature> EXCLUDED = List.of(
            FormsPackage.Literals.FORM_VERSION__STATUS,
            FormsPackage.Literals.FORM_VERSION__PUBLISHED_DIGEST);

    private ContentDigest() {
    }

    /** The digest of {@code version}, as 64 lower-case hex digits. */
    public static String of(FormVersion version) {
        StringBuilder canonical = new StringBuilder();
        append(version, canonical);
        for (TreeIterator<EObject> it = version.eAllContents(); it.hasNext();) {
            append(it.next(), canonical);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void append(EObject object, StringBuilder out) {
        out.append('<').append(object.eClass().getName()).append('\n');
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (EXCLUDED.contains(feature) || feature.isTransient() || feature.isDerived()) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                continue; // contents are visited in tree order
            }
            Object value = object.eGet(feature, true);
            out.append(feature.getName()).append('=');
            if (feature instanceof EAttribute) {
                out.append(value instanceof List<?> list ? list.toString() : String.valueOf(value));
            } else if (value instanceof List<?> targets) {
                for (Object target : targets) {
                    out.append(key((EObject) target)).append(';');
                }
            } else {
                out.append(value == null ? "null" : key((EObject) value));
            }
            out.append('\n');
        }
        out.append('>').append('\n');
    }

    /** What a referenced element means, independent of where it is stored. */
    static String key(EObject target) {
        if (target.eIsProxy()) {
            return "proxy:" + ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI();
        }
        if (target instanceof Question question) {
            return "question:" + question.getVariableId();
        }
        if (target instanceof Option option && option.eContainer() instanceof ChoiceQuestion question) {
            return "option:" + question.getVariableId() + "#" + option.getCode();
        }
        if (target instanceof FormVersion version) {
            return "version:" + version.getFormId() + "/" + version.getVersion();
        }
        return target.eClass().getName();
    }
}
