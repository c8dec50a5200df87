package se.isu.store.population;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age bands as statistics offices write them, made comparable: {@code 0-20}, {@code 0–20 år},
 * {@code 0 - 17} and {@code 65+} become {@code 0-20}, {@code 0-17} and {@code 65+}.
 */
public final class AgeBand {

    private static final Pattern BAND = Pattern.compile(
            "(\\d{1,3})\\s*(?:[-\u2013\u2014]\\s*(\\d{1,3})|\\+|[-\u2013\u2014]|\u00e5r och (?:\u00e4ldre|upp\u00e5t))\\s*(?:\u00e5r)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AgeBand() {
    }

    /**
     * The canonical form of {@code text}: lower and upper age joined by {@code -}, or the lower age
     * and {@code +} for an open band.
     *
     * @throws IllegalArgumentException when {@code text} is no age band, or its upper age is below its lower
     */
    public static String parse(String text) {
        Matcher m = BAND.matcher(text == null ? "" : text.strip().replace('\u00a0', ' '));
        if (!m.matches()) {
            throw new IllegalArgumentException("not an age band: " + text);
        }
        int from = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return from + "+";
        }
        int to = Integer.parseInt(m.group(2));
        if (to < from) {
            throw new IllegalArgumentException("the band ends before it starts: " + text);
        }
        return from + "-" + to;
    }

    /** The age band found inside a longer text, such as the header "Antal personer i befolkningen 0-20 år", or null. */
    public static String find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = BAND.matcher(text.replace('\u00a0', ' '));
        while (m.find()) {
            try {
                return parse(m.group());
            } catch (IllegalArgumentException e) {
                // An upside-down range; look further.
            }
        }
        return null;
    }

    /** Whether {@code text} is an age band. */
    public static boolean isBand(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
