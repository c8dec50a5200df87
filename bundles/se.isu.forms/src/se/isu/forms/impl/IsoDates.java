package se.isu.forms.impl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The saved form of the model's {@code Date} data type: ISO-8601 calendar dates (yyyy-mm-dd), which sort as
 * text and read the same in every locale. Kept out of the generated factory so that regenerating it only has
 * to keep a one-line call.
 */
final class IsoDates {

    private IsoDates() {
    }

    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            // EMF reports an IllegalArgumentException from a factory as a bad value in the document being loaded.
            throw new IllegalArgumentException("Not a date of the form yyyy-mm-dd: '" + text + "'", e);
        }
    }

    static String format(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
