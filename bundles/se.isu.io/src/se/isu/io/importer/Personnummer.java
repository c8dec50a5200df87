package se.isu.io.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personnummer and samordningsnummer in free text, so that an import can refuse a file
 * that carries them: the store must never hold one. A number counts when its date part is a real date
 * (a samordningsnummer adds 60 to the day) and its check digit is right, written with 10 or 12 digits,
 * with or without {@code -} or {@code +}.
 */
public final class Personnummer {

    private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(\\d{2})?(\\d{6})([-+]?)(\\d{4})(?!\\d)");

    private Personnummer() {
    }

    /** Whether {@code text} holds anything that is a valid personnummer or samordningsnummer. */
    public static boolean containsAny(String text) {
        if (text == null || !mayHoldOne(text)) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isValid(matcher)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every digit of every such number replaced by X, so it can be shown. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String replacement = isValid(matcher) ? matcher.group().replaceAll("\\d", "X") : matcher.group();
            matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    /**
     * Whether {@code text} has the digits a number needs: ten or more in all, six or more in a row. Every
     * cell of an import is scanned, and almost none has them, so the regular expression is spared.
     */
    private static boolean mayHoldOne(String text) {
        if (text.length() < 10) {
            return false;
        }
        int digits = 0;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return digits >= 10 && longest >= 6;
    }

    private static boolean isValid(Matcher matcher) {
        String century = matcher.group(1);
        String date = matcher.group(2);
        String rest = matcher.group(4);
        int yy = Integer.parseInt(date.substring(0, 2));
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        if (day > 60) {
            day -= 60;
        }
        // Without the century any year fits one of the last two centuries, so only month and day decide.
        int year = century != null ? Integer.parseInt(century) * 100 + yy : 2000 + yy;
        if (century == null && !validDay(year, month, day) && !validDay(1900 + yy, month, day)) {
            return false;
        }
        if (century != null && !validDay(year, month, day)) {
            return false;
        }
        return luhn(date + rest);
    }

    private static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The Luhn check over the ten digits YYMMDDNNNC. */
    private static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
