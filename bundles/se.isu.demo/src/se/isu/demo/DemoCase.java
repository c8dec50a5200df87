package se.isu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * One case of the demo data set, as a registrar would write it in the municipality's spreadsheet: the
 * answers by question, with the options' codes of the form version it was recorded with.
 *
 * @param municipality   the kommun
 * @param formVersion    {@code 2020} or {@code 2021}
 * @param caseId         the ärende-id, unique per municipality and form
 * @param age            age at referral in whole years
 * @param sex            code of Barnets kön
 * @param birthplace     code of Var är barnet född? (2021 only), or 0
 * @param referral       date of referral (aktualisering)
 * @param start          date the intervention started, or null
 * @param previous       code of Tidigare aktuell
 * @param problemAreas   codes of the problem areas, at most three; empty when not recorded
 * @param problemComments comments of problem areas that ask for one, by code
 * @param interventions  codes of the interventions
 * @param interventionComments comments of interventions that ask for one (the named method), by code
 * @param end            date the case was closed
 * @param endReason      code of Avslutsorsak
 * @param endReasonComment comment of the end reason, or null
 */
public record DemoCase(String municipality, String formVersion, String caseId, int age, int sex, int birthplace,
        LocalDate referral, LocalDate start, int previous, SortedSet<Integer> problemAreas,
        SortedMap<Integer, String> problemComments, SortedSet<Integer> interventions,
        SortedMap<Integer, String> interventionComments, LocalDate end, int endReason, String endReasonComment) {

    /** Days from the start of the intervention to the end (insatstid), or -1 without a start date. */
    public int interventionDays() {
        return start == null ? -1 : (int) (end.toEpochDay() - start.toEpochDay());
    }

    /** The problem areas as a list. */
    public List<Integer> problemAreaList() {
        return List.copyOf(problemAreas);
    }
}
