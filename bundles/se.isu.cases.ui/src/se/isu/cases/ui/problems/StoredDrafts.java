package se.isu.cases.ui.problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.isu.forms.FormVersion;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.store.StoreException;
import se.isu.store.validation.CaseProblem;
import se.isu.store.validation.CaseValidator;

/**
 * The problems of the drafts in the store, each checked against the form version it is recorded with,
 * the way the editor checks it. A store may hold a great many complete cases and few drafts, so only
 * the municipalities and form versions whose counts show drafts are read.
 */
public final class StoredDrafts {

    private StoredDrafts() {
    }

    /** Every stored draft of a registered form version that has problems, by municipality and case id. */
    public static List<CaseProblems> check(CaseStore store) throws StoreException {
        Map<String, FormVersion> versions = new HashMap<>();
        for (FormVersion version : store.registeredVersions()) {
            versions.put(key(version.getFormId(), version.getVersion()), version);
        }
        Map<List<Object>, Integer> withDrafts = new HashMap<>();
        for (CaseCount count : store.counts(CaseQuery.all())) {
            withDrafts.merge(group(count), count.count(), Integer::sum);
        }
        for (CaseCount count : store.counts(CaseQuery.forAnalysis())) {
            withDrafts.merge(group(count), -count.count(), Integer::sum);
        }
        // municipality, form id, form version: the closing year is left out, as drafts often have none.
        Set<List<String>> toRead = new LinkedHashSet<>();
        withDrafts.forEach((group, drafts) -> {
            if (drafts > 0) {
                toRead.add(List.of((String) group.get(0), (String) group.get(2), (String) group.get(3)));
            }
        });
        List<CaseProblems> found = new ArrayList<>();
        Map<FormVersion, CaseValidator> validators = new HashMap<>();
        for (List<String> group : toRead) {
            FormVersion version = versions.get(key(group.get(1), group.get(2)));
            if (version == null) {
                continue;
            }
            CaseValidator validator = validators.computeIfAbsent(version, CaseValidator::new);
            CaseQuery query = CaseQuery.all().withMunicipality(group.get(0)).withFormVersion(group.get(1), group.get(2));
            store.forEach(query, record -> {
                if (record.draft()) {
                    check(record, version, validator, found);
                }
            });
        }
        found.sort((a, b) -> {
            int byMunicipality = a.municipality().compareTo(b.municipality());
            return byMunicipality != 0 ? byMunicipality : a.caseId().compareTo(b.caseId());
        });
        return found;
    }

    private static void check(CaseRecord record, FormVersion version, CaseValidator validator, List<CaseProblems> found) {
        List<CaseProblem> problems = validator.validate(record.caseId(), record.answers());
        if (!problems.isEmpty()) {
            found.add(CaseProblems.ofDraft(record, version, problems));
        }
    }

    private static List<Object> group(CaseCount count) {
        return Arrays.asList(count.municipality(), count.year(), count.formId(), count.formVersion());
    }

    private static String key(String formId, String version) {
        return formId + '\u0000' + version;
    }
}
