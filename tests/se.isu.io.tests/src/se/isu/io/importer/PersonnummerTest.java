package se.isu.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What counts as a personnummer or samordningsnummer in a cell, and how it is masked. */
class PersonnummerTest {

    @Test
    void tenAndTwelveDigitsWithOrWithoutSeparatorAreFound() {
        for (String text : new String[] { "811218-9876", "8112189876", "19811218-9876", "198112189876", "811218+9876",
                "född 121212-1212 i Gävle" }) {
            assertTrue(Personnummer.containsAny(text), text);
        }
    }

    @Test
    void samordningsnummerAddSixtyToTheDay() {
        assertTrue(Personnummer.containsAny("701063-2391"));
        assertTrue(Personnummer.containsAny("19701063-2391"));
    }

    @Test
    void wrongCheckDigitsImpossibleDatesAndOtherNumbersAreNot() {
        for (String text : new String[] { "811218-9875", "811318-9876", "811232-9876", "44256", "2021-03-01", "A-12345",
                "12345678901234", "0701234567" }) {
            assertFalse(Personnummer.containsAny(text), text);
        }
    }

    @Test
    void maskingHidesEveryDigitOfTheNumberAndNothingElse() {
        assertEquals("Ring XXXXXX-XXXX eller 2021-03-01", Personnummer.mask("Ring 811218-9876 eller 2021-03-01"));
        assertEquals("XXXXXXXXXXXX", Personnummer.mask("198112189876"));
        assertEquals("811218-9875", Personnummer.mask("811218-9875"));
    }
}
