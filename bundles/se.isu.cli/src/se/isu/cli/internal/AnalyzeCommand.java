package se.isu.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.dataset.DatasetRoles;
import se.isu.analysis.dataset.HarmonisedCategoryInfo;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.export.CsvResultWriter;
import se.isu.analysis.export.JsonResultWriter;
import se.isu.analysis.export.ResultText;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.registry.FormRegistry;
import se.isu.io.xlsx.XlsxTableWriter;
import se.isu.store.CaseQuery;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.DerbyCaseStore;

/**
 * {@code isu analyze <id> [--kommun K,…] [--year Y,…] [--form su-x] [--version V,…] [--sex …] [--age-band
 * MIN-MAX] [--compare none|municipalities|oneVsRest --focus K] [--param NAME=VALUE]… [--format
 * csv|json|xlsx] [--out FILE] [--store DIR]}: one analysis on the cases of the user's store, masked as
 * the workbench masks it, as CSV, JSON or an Excel workbook.
 */
final class AnalyzeCommand implements Command {

    private final Supplier<FormRegistry> forms;
    private final Supplier<AnalysisRegistry> analyses;
    private final Supplier<Path> storeFolder;

    AnalyzeCommand() {
        this(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormRegistry.defaultUserFolder()),
                () -> AnalysisRegistry.fromExtensions(Platform.getExtensionRegistry()), StoreLocation::defaultStoreFolder);
    }

    AnalyzeCommand(Supplier<FormRegistry> forms, Supplier<AnalysisRegistry> analyses, Supplier<Path> storeFolder) {
        this.forms = forms;
        this.analyses = analyses;
        this.storeFolder = storeFolder;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return Messages.analyzeSummary;
    }

    /** What the words ask for. */
    private static final class Request {
        String id;
        List<String> municipalities = List.of();
        List<Integer> years = List.of();
        String form = "su-x";
        List<String> versions = List.of();
        List<String> sexes = List.of();
        Integer minAge;
        Integer maxAge;
        Map<String, String> parameters = new LinkedHashMap<>();
        String format = "csv";
        Path out;
        Path store;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return usage(err);
        }
        if (request == null) {
            return usage(err);
        }
        AnalysisRegistry registry = analyses.get();
        Optional<AnalysisDescriptor> analysis = registry.find(request.id);
        if (analysis.isEmpty()) {
            err.println(NLS.bind(Messages.analyzeUnknown, request.id));
            return CommandLine.FAILED;
        }
        if (request.format.equals("xlsx") && request.out == null) {
            err.println(Messages.analyzeXlsxNeedsOut);
            return CommandLine.USAGE;
        }
        FormRegistry registryOfForms = forms.get();
        Path folder = request.store != null ? request.store : storeFolder.get();
        AnalysisResult result;
        try (DerbyCaseStore store = DerbyCaseStore.open(folder)) {
            // The versions the store has cases of; each is registered (as the workbench does when it opens
            // the store) so that its table can be read.
            Set<String> stored = new TreeSet<>();
            for (se.isu.store.CaseCount count : store.counts(CaseQuery.forAnalysis().withForm(request.form))) {
                if (count.count() > 0) {
                    stored.add(count.formVersion());
                }
            }
            List<FormVersion> versions = new ArrayList<>();
            for (String name : stored) {
                Optional<FormVersion> version = registryOfForms.find(request.form, name);
                if (version.isEmpty()) {
                    err.println(NLS.bind(Messages.analyzeUnknownVersion, request.form, name));
                    return CommandLine.FAILED;
                }
                store.register(version.get());
                versions.add(version.get());
            }
            if (versions.isEmpty()) {
                err.println(NLS.bind(Messages.analyzeNoCases, request.form));
                return CommandLine.FAILED;
            }
            versions.sort(Comparator.comparing(FormVersion::getVersion));
            List<Crosswalk> crosswalks = registryOfForms.crosswalks().stream()
                    .filter(c -> c.getSource() != null && c.getSource().getFormId().equals(request.form)
                            && c.getTarget() != null && c.getTarget().getFormId().equals(request.form))
                    .toList();
            Dataset dataset = Dataset.load(store, versions, crosswalks, CaseQuery.forAnalysis(), DatasetRoles.suX());
            BitSet rows = dataset.select(filter(request, dataset));
            result = AnalysisRegistry.run(analysis.get(), dataset, rows, request.parameters, new SmallCountMasking());
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.importStoreFailed, e.getMessage()));
            return CommandLine.FAILED;
        } catch (IllegalArgumentException e) {
            err.println(NLS.bind(Messages.analyzeFailed, request.id, e.getMessage()));
            return CommandLine.FAILED;
        }
        try {
            write(request, result, out);
        } catch (IOException e) {
            err.println(NLS.bind(Messages.analyzeWriteFailed, request.out, e.getMessage()));
            return CommandLine.FAILED;
        }
        if (request.out != null) {
            out.println(NLS.bind(Messages.analyzeWritten, request.out));
        }
        return CommandLine.OK;
    }

    private static Request parse(List<String> args) {
        Request r = new Request();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (r.id != null) {
                    return null;
                }
                r.id = arg;
                continue;
            }
            if (i + 1 >= args.size()) {
                return null;
            }
            String value = args.get(++i);
            switch (arg) {
                case "--kommun" -> r.municipalities = list(value);
                case "--year" -> r.years = list(value).stream().map(y -> integer(y, arg)).toList();
                case "--form" -> r.form = value.strip();
                case "--version" -> r.versions = list(value);
                case "--sex" -> r.sexes = list(value);
                case "--age-band" -> ageBand(r, value);
                case "--compare" -> r.parameters.put("compare", value.strip());
                case "--focus" -> r.parameters.put("focus", value.strip());
                case "--param" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException(NLS.bind(Messages.analyzeBadValue, arg, value));
                    }
                    r.parameters.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                }
                case "--format" -> {
                    r.format = value.strip().toLowerCase(java.util.Locale.ROOT);
                    if (!Set.of("csv", "json", "xlsx").contains(r.format)) {
                        throw new IllegalArgumentException(NLS.bind(Messages.analyzeBadValue, arg, value));
                    }
                }
                case "--out" -> r.out = Path.of(value);
                case "--store" -> r.store = Path.of(value);
                default -> {
                    return null;
                }
            }
        }
        return r.id == null ? null : r;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.analyzeBadValue, option, value));
        }
    }

    /** {@code 13-17}, {@code 13-} or {@code -12}. */
    private static void ageBand(Request r, String value) {
        int dash = value.indexOf('-');
        if (dash < 0) {
            r.minAge = r.maxAge = integer(value, "--age-band");
            return;
        }
        String low = value.substring(0, dash).strip();
        String high = value.substring(dash + 1).strip();
        r.minAge = low.isEmpty() ? null : integer(low, "--age-band");
        r.maxAge = high.isEmpty() ? null : integer(high, "--age-band");
    }

    private static DatasetFilter filter(Request request, Dataset dataset) {
        DatasetFilter filter = DatasetFilter.all();
        if (!request.municipalities.isEmpty()) {
            Set<String> names = new TreeSet<>();
            Set<String> known = new TreeSet<>();
            for (int row = 0; row < dataset.size(); row++) {
                known.add(dataset.municipality(row));
            }
            for (String wanted : request.municipalities) {
                names.add(known.stream().filter(n -> n.equalsIgnoreCase(wanted)).findFirst().orElse(wanted));
            }
            filter = filter.withMunicipalities(names);
        }
        if (!request.years.isEmpty()) {
            filter = filter.withClosingYears(request.years);
        }
        if (!request.versions.isEmpty()) {
            filter = filter.withFormVersions(request.versions);
        }
        if (!request.sexes.isEmpty()) {
            List<Integer> codes = new ArrayList<>();
            List<HarmonisedCategoryInfo> options = dataset.options(dataset.roles().sexVariable());
            for (String sex : request.sexes) {
                Optional<HarmonisedCategoryInfo> byLabel = options.stream()
                        .filter(o -> o.label().equalsIgnoreCase(sex) || String.valueOf(o.code()).equals(sex)).findFirst();
                codes.add(byLabel.map(HarmonisedCategoryInfo::code).orElseThrow(() -> new IllegalArgumentException(
                        NLS.bind(Messages.analyzeBadValue, "--sex", sex))));
            }
            filter = filter.withSexes(codes);
        }
        if (request.minAge != null || request.maxAge != null) {
            filter = filter.withAgeBand(request.minAge, request.maxAge);
        }
        return filter;
    }

    private static void write(Request request, AnalysisResult result, PrintStream out) throws IOException {
        switch (request.format) {
            case "xlsx" -> {
                List<List<Object>> rows = new ArrayList<>();
                List<List<String>> texts = ResultText.rows(result);
                for (int r = 0; r < texts.size(); r++) {
                    List<Object> row = new ArrayList<>(texts.get(r));
                    if (result instanceof Table table) {
                        for (int c = 0; c < table.columnHeaders().size(); c++) {
                            Cell cell = table.cell(r, c);
                            if (cell instanceof Cell.Count count) {
                                row.set(c + 1, count.value());
                            } else if (cell instanceof Cell.Measure measure && !Double.isNaN(measure.value())) {
                                row.set(c + 1, java.math.BigDecimal.valueOf(measure.value())
                                        .setScale(measure.decimals(), java.math.RoundingMode.HALF_UP).doubleValue());
                            }
                        }
                    }
                    rows.add(row);
                }
                if (!result.notes().isEmpty()) {
                    rows.add(List.of());
                }
                for (String note : result.notes()) {
                    rows.add(List.of(Messages.analyzeNote, note));
                }
                XlsxTableWriter.write(request.out, Messages.analyzeSheet, ResultText.header(result), rows);
            }
            case "json", "csv" -> {
                if (request.out != null) {
                    Path parent = request.out.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    try (Writer writer = Files.newBufferedWriter(request.out, StandardCharsets.UTF_8)) {
                        text(request, result, writer);
                    }
                } else {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    text(request, result, writer);
                    writer.flush();
                }
            }
            default -> throw new IllegalStateException(request.format);
        }
    }

    private static void text(Request request, AnalysisResult result, Writer writer) throws IOException {
        if (request.format.equals("json")) {
            JsonResultWriter.write(request.id, result, writer);
        } else {
            CsvResultWriter.write(result, writer);
        }
    }

    private static int usage(PrintStream err) {
        err.println(Messages.analyzeUsage);
        return CommandLine.USAGE;
    }
}
