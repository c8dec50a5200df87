package se.isu.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.FormVersion;
import se.isu.forms.registry.FormRegistry;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.Municipality;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * {@code isu cases count|list [--kommun K] [--form su-x[-2021]]}: what the user's store holds, for
 * scripts and checks after an import. {@code count} prints one number; {@code list} prints a header
 * line and one line per case (tab-separated, sorted by form, version, municipality and case id), with
 * every stored field, so two listings are equal exactly when the stored cases are. No case is changed.
 */
final class CasesCommand implements Command {

    private final Supplier<FormRegistry> forms;
    private final Supplier<Path> storeFolder;

    CasesCommand() {
        this(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormRegistry.defaultUserFolder()),
                StoreLocation::defaultStoreFolder);
    }

    CasesCommand(Supplier<FormRegistry> forms, Supplier<Path> storeFolder) {
        this.forms = forms;
        this.storeFolder = storeFolder;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public String summary() {
        return Messages.casesSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !(args.get(0).equals("count") || args.get(0).equals("list"))) {
            return usage(err);
        }
        boolean list = args.get(0).equals("list");
        String kommun = null;
        String form = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size()) {
                return usage(err);
            }
            switch (arg) {
                case "--kommun" -> kommun = args.get(++i);
                case "--form" -> form = args.get(++i);
                default -> {
                    return usage(err);
                }
            }
        }
        if (kommun != null && kommun.isBlank() || form != null && form.isBlank()) {
            return usage(err);
        }
        try (DerbyCaseStore store = DerbyCaseStore.open(storeFolder.get())) {
            CaseQuery query = CaseQuery.all();
            if (kommun != null) {
                String wanted = kommun.strip();
                List<Municipality> known = store.municipalities();
                Optional<String> name = known.stream().map(Municipality::name).filter(n -> n.equalsIgnoreCase(wanted)).findFirst();
                if (name.isEmpty()) {
                    err.println(NLS.bind(Messages.importUnknownMunicipality, wanted,
                            String.join(", ", known.stream().map(Municipality::name).toList())));
                    return CommandLine.FAILED;
                }
                query = query.withMunicipality(name.get());
            }
            if (form != null) {
                query = withForm(query, form.strip());
            }
            if (!list) {
                out.println(store.count(query));
                return CommandLine.OK;
            }
            return list(store, query, out, err);
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.casesFailed, e.getMessage()));
            return CommandLine.FAILED;
        }
    }

    /** {@code su-x} selects every version of a form, {@code su-x-2021} one version (a version starts with a digit). */
    private static CaseQuery withForm(CaseQuery query, String form) {
        int dash = form.lastIndexOf('-');
        if (dash > 0 && dash + 1 < form.length() && Character.isDigit(form.charAt(dash + 1))) {
            return query.withFormVersion(form.substring(0, dash), form.substring(dash + 1));
        }
        return query.withForm(form);
    }

    private int list(DerbyCaseStore store, CaseQuery query, PrintStream out, PrintStream err) throws StoreException {
        // Only the versions that hold selected cases are registered, so listing creates no tables.
        Set<String> wanted = new LinkedHashSet<>();
        for (CaseCount count : store.counts(query)) {
            wanted.add(count.formId() + "-" + count.formVersion());
        }
        if (!wanted.isEmpty()) {
            FormRegistry registry = forms.get();
            for (String key : wanted) {
                int dash = key.lastIndexOf('-');
                Optional<FormVersion> version = registry.find(key.substring(0, dash), key.substring(dash + 1));
                if (version.isEmpty()) {
                    List<String> known = registry.versions().stream().map(v -> v.getFormId() + "-" + v.getVersion()).toList();
                    err.println(NLS.bind(Messages.importUnknownForm, key, String.join(", ", known)));
                    return CommandLine.FAILED;
                }
                store.register(version.get());
            }
        }
        out.println(Messages.casesListHeader);
        for (CaseRecord record : store.find(query)) {
            out.println(line(record));
        }
        return CommandLine.OK;
    }

    private static String line(CaseRecord record) {
        Map<String, AnswerValue> answers = new TreeMap<>(record.answers().asMap());
        String values = answers.entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue()))
                .collect(Collectors.joining(" "));
        return String.join("\t", record.municipality(), record.formId() + "-" + record.formVersion(), clean(record.caseId()),
                record.unit() == null ? "" : clean(record.unit()), record.draft() ? Messages.casesDraft : Messages.casesNotDraft,
                String.valueOf(record.created()), String.valueOf(record.changed()), values);
    }

    private static String format(AnswerValue value) {
        return switch (value) {
            case IntegerAnswer integer -> String.valueOf(integer.value());
            case DateAnswer date -> date.value().toString();
            case TextAnswer text -> quote(text.value());
            case SingleChoice choice -> choice.code() + (choice.comment() == null ? "" : quote(choice.comment()));
            case MultipleChoice choices -> choices.codes().stream()
                    .map(code -> code + (choices.comment(code) == null ? "" : quote(choices.comment(code))))
                    .collect(Collectors.joining(","));
        };
    }

    /** A text in double quotes, its quotes doubled, so that a listing line cannot be misread. */
    private static String quote(String text) {
        return "\"" + clean(text).replace("\"", "\"\"") + "\"";
    }

    /** Tabs and line breaks as escapes: one case stays one line. */
    private static String clean(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static int usage(PrintStream err) {
        err.println(Messages.casesUsage);
        return CommandLine.USAGE;
    }
}
