package se.isu.analysis.builtin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named manual-based methods in a free-text comment, with a simple normalisation of spelling: a
 * comment is split at commas, semicolons, plus signs, slashes and line breaks (and at " och " when every
 * part is a known method), and each part is compared without case, punctuation or extra whitespace,
 * through a small table of aliases ("COS" and "Circle of security" are Trygghetscirkeln; "Efter
 * barnförhöret" and plain "krisstöd" are the crisis support of Tabell 2). A name the table does not know
 * keeps its spelling, tidied: trimmed, trailing punctuation removed, first letter capital.
 */
public final class MethodNames {

    /** The crisis support of SU-X 2021's own option and Tabell 2. */
    public static final String CRISIS_SUPPORT = "Krisst\u00f6d vid orosanm\u00e4lan om v\u00e5ld mot barn";

    private static final Map<String, String> ALIASES = aliases();

    private MethodNames() {
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new java.util.HashMap<>();
        String[][] table = {
                { CRISIS_SUPPORT, "krisst\u00f6d", "krisst\u00f6d vid orosanm\u00e4lan", "krisst\u00f6d vid orosanm\u00e4lan om v\u00e5ld mot barn",
                        "krisst\u00f6d vid orosanm\u00e4lan om v\u00e5ld", "efter barnf\u00f6rh\u00f6ret", "efter barnf\u00f6rh\u00f6r", "i stunden" },
                { "Trygghetscirkeln", "trygghetscirkeln", "trygghetscirkel", "cos", "circle of security",
                        "circle of security cos", "cos circle of security" },
                { "Marte meo", "marte meo", "martemeo" },
                { "A-CRA", "a cra", "acra" },
                { "PYC (Parenting young children)", "pyc", "parenting young children", "pyc parenting young children" },
                { "Tryggare barn", "tryggare barn" },
                { "Bassamtal", "bassamtal", "bas samtal" },
                { "KIBB", "kibb" },
                { "IHF", "ihf" },
                { "Placeringssamtal", "placeringssamtal" },
                { "Samarbetssamtal", "samarbetssamtal" },
                { "F\u00f6r\u00e4ldraplan", "f\u00f6r\u00e4ldraplan" },
                { "Jag och min familj", "jag och min familj" },
                { "P\u00e5verkansprogrammet", "p\u00e5verkansprogrammet" },
                { "\u00c5terfallsprevention", "\u00e5terfallsprevention" },
                { "Hemflyttssamtal efter placering", "hemflyttssamtal efter placering", "hemflyttsamtal efter placering" } };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                aliases.put(row[i], row[0]);
            }
        }
        return Map.copyOf(aliases);
    }

    /** The methods a comment names, each once, in the order written; empty for a blank comment. */
    public static List<String> methods(String comment) {
        Set<String> methods = new LinkedHashSet<>();
        if (comment == null) {
            return List.of();
        }
        for (String part : comment.split("[,;+/\\n\\r]")) {
            if (key(part).isEmpty()) {
                continue;
            }
            String known = ALIASES.get(key(part));
            if (known != null) {
                methods.add(known);
                continue;
            }
            String[] pieces = part.split("(?i)\\s+och\\s+");
            List<String> named = new ArrayList<>();
            for (String piece : pieces) {
                String alias = ALIASES.get(key(piece));
                if (alias != null) {
                    named.add(alias);
                }
            }
            if (pieces.length > 1 && named.size() == pieces.length) {
                methods.addAll(named);
            } else {
                methods.add(tidy(part));
            }
        }
        return List.copyOf(methods);
    }

    /** How two spellings are compared: lower case, letters and digits only, single spaces. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    private static String tidy(String part) {
        String s = part.strip().replaceAll("\\s+", " ").replaceAll("[\\p{Punct}\\s]+$", "");
        if (s.endsWith(")") || s.isEmpty()) {
            s = part.strip().replaceAll("\\s+", " ");
        }
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.forLanguageTag("sv")) + s.substring(1);
    }
}
