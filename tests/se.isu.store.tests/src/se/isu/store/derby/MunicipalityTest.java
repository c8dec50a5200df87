package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.isu.store.Answers;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.Municipality;
import se.isu.store.StoreException;

/** The municipality list kept in the store. */
class MunicipalityTest {

    @TempDir
    Path folder;

    @Test
    void aNewStoreStartsWithTheTenOfGavleborgInSwedishOrder() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            assertEquals(List.of("Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker",
                    "Sandviken", "Söderhamn"), store.municipalities().stream().map(Municipality::name).toList());
            assertEquals(new Municipality("Söderhamn", "2182"), store.municipalities().get(9));
        }
    }

    @Test
    void theUserExtendsTheListAndItIsKept() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            store.addMunicipality(new Municipality("Älvdalen", "2039"));
            store.addMunicipality(new Municipality("Åre", null));
            store.register(SuxForms.v2021());
            store.save(CaseRecord.of("Åre", null, "su-x", "2021", "Å-1", true, Answers.empty()));
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            List<Municipality> list = store.municipalities();
            assertEquals(12, list.size());
            // Swedish order: å, ä, ö come last, in that order.
            assertEquals(new Municipality("Åre", null), list.get(10));
            assertEquals(new Municipality("Älvdalen", "2039"), list.get(11));
            store.register(SuxForms.v2021());
            assertEquals(1, store.count(CaseQuery.all().withMunicipality("Åre")));
            // Reopening does not add the starting list again.
            assertEquals(12, store.municipalities().size());
        }
    }

    @Test
    void aMunicipalityIsListedOnceWithAValidCode() throws Exception {
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            StoreException twice = assertThrows(StoreException.class, () -> store.addMunicipality(new Municipality("gävle", null)));
            assertEquals("Kommunen \"Gävle\" finns redan i kommunlistan.", twice.getMessage());
            StoreException code = assertThrows(StoreException.class, () -> store.addMunicipality(new Municipality("Mora", "20X2")));
            assertEquals("Kommunkoden \"20X2\" ska bestå av fyra siffror.", code.getMessage());
            StoreException blank = assertThrows(StoreException.class, () -> store.addMunicipality(new Municipality(" ", null)));
            assertEquals("Kommunens namn får inte vara tomt.", blank.getMessage());
            assertEquals(10, store.municipalities().size());
        }
    }
}
