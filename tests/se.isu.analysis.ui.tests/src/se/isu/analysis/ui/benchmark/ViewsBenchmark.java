package se.isu.analysis.ui.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.ui.AnalysisUiPlugin;
import se.isu.analysis.ui.views.FilterView;
import se.isu.analysis.ui.views.ResultView;
import se.isu.cases.ui.CasesUiPlugin;
import se.isu.forms.FormVersion;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.store.Municipality;
import se.isu.tests.support.SuxCases;

/**
 * How long the Analys perspective takes to show an analysis and to follow the filter bar, in the real
 * workbench (UI harness, under Xvfb) on the workbench's own case store filled with generated SU-X 2021
 * cases: 100,000, then 1,000,000 (the same cases and 900,000 more). For each size: the dataset's load
 * (from asking for it until the filter bar shows its choices); every standard analysis opened in its
 * result view, switched to when already open, and followed through filter changes made with the filter
 * bar's widgets, each timed until the view's table and chart are filled and painted. Not part of the
 * tests: it runs only through the {@code views-benchmark} profile (docs/benchmarks.md) and prints its
 * figures; it fails only when a view does not show a result.
 */
class ViewsBenchmark {

    /** Case counts to measure, ascending, e.g. {@code -Dviews.benchmark.sizes=100000,1000000}. */
    private static final String SIZES = "views.benchmark.sizes";
    /** Timed opens of each analysis after one untimed. */
    private static final int OPEN_RUNS = 3;
    /** Rounds of switching between the open analyses. */
    private static final int SWITCH_ROUNDS = 3;
    /** Rounds of the filter changes on each analysis, after one untimed. */
    private static final int FILTER_RUNS = 3;
    /** Rounds of the filter changes with every analysis open. */
    private static final int ALL_OPEN_RUNS = 3;
    private static final long TIMEOUT_MS = 300_000;
    private static final String STANDARD = "se.isu.analysis.";
    private static final String TEST_ANALYSES = "se.isu.analysis.ui.";

    /** A filter change made with the filter bar's widgets, as a user makes it. */
    private record Change(String name, Consumer<FilterView> make) {
    }

    /** The figures of one size, kept for the growth summary. */
    private record Figures(double load, Map<String, double[]> open, Map<String, double[]> switched,
            Map<String, double[]> filtered) {
    }

    @Test
    void switchAnalysesAndChangeFilters() throws Exception {
        CaseStore store = CasesUiPlugin.getDefault().store();
        assertEquals(0, store.count(CaseQuery.all()), "the benchmark needs a fresh store (clean build)");
        FormVersion version = FormsUiPlugin.getDefault().registry().find("su-x", "2021").orElseThrow();
        List<String> municipalities = store.municipalities().stream().map(Municipality::name).toList();
        SuxCases cases = new SuxCases(version, municipalities, 2021, SuxCases.Shape.VIEWS);
        List<String> analyses = AnalysisUiPlugin.getDefault().analyses().analyses().stream().map(AnalysisDescriptor::id)
                .filter(id -> id.startsWith(STANDARD) && !id.startsWith(TEST_ANALYSES)).toList();
        IWorkbenchPage page = page();
        print("machine: %s, %d processors, %s; Java %s (%s), max heap %d MiB", cpu(),
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
        print("display %s, window %s; %d standard analyses: %s", Display.getCurrent().getBounds(),
                page.getWorkbenchWindow().getShell().getSize(), analyses.size(), analyses);
        print("load average at start: %s", loadAverage());

        Map<Integer, Figures> figures = new LinkedHashMap<>();
        long stored = 0;
        for (String text : System.getProperty(SIZES, "100000,1000000").split(",")) {
            int size = Integer.parseInt(text.strip());
            closeResults(page);
            long start = System.nanoTime();
            int added = store.insertAll(cases.cases(stored, size - stored));
            assertEquals(size - stored, added);
            print("%,d cases: %,d generated and stored in %.1f s (load average %s)", size, added,
                    (System.nanoTime() - start) / 1e9, loadAverage());
            stored = size;
            figures.put(size, measure(size, page, analyses));
        }
        summary(figures, analyses);
        print("load average at end: %s", loadAverage());
    }

    private static Figures measure(int size, IWorkbenchPage page, List<String> analyses) throws Exception {
        AnalysisUiPlugin plugin = AnalysisUiPlugin.getDefault();
        FilterView filter = (FilterView) page.showView(FilterView.ID);
        flush();

        // The dataset: read again as after an import, until the filter bar shows its choices.
        System.gc();
        long heapBefore = usedHeap();
        long generation = plugin.datasetGeneration();
        long start = System.nanoTime();
        plugin.casesChanged();
        waitUntil(() -> plugin.datasetGeneration() > generation && !filter.isLoading()
                && filter.municipalities().getItemCount() > 0, "the filter bar shows the dataset's choices");
        double load = millis(start);
        Dataset dataset = plugin.dataset(null);
        assertEquals(size, dataset.size(), "every stored case is in the dataset");
        System.gc();
        print("%,d cases: dataset loaded and the filter bar filled in %.0f ms; dataset on the heap %d MiB; "
                + "load average %s", size, load, (usedHeap() - heapBefore) >> 20, loadAverage());

        // Open each analysis: from asking for its view until table and chart are filled and painted.
        Map<String, double[]> open = new LinkedHashMap<>();
        String loadAtOpen = loadAverage();
        for (String id : analyses) {
            page.hideView(openAndShow(page, id, new double[1]));
            flush();
            double[] times = new double[OPEN_RUNS];
            for (int run = 0; run < OPEN_RUNS; run++) {
                double[] time = new double[1];
                ResultView view = openAndShow(page, id, time);
                times[run] = time[0];
                page.hideView(view);
                flush();
            }
            open.put(id, times);
            print("%,d cases: open %-52s %s", size, id, stats(times));
        }
        print("%,d cases: open, all analyses: %s (load average %s at the start, %s at the end)", size,
                stats(all(open)), loadAtOpen, loadAverage());

        // Switch between the open analyses: each view brought to the front and painted.
        for (String id : analyses) {
            openAndShow(page, id, new double[1]);
        }
        Map<String, double[]> switched = new LinkedHashMap<>();
        analyses.forEach(id -> switched.put(id, new double[SWITCH_ROUNDS]));
        for (int round = 0; round < SWITCH_ROUNDS; round++) {
            for (String id : analyses) {
                long switchStart = System.nanoTime();
                ResultView view = ResultView.open(page, id);
                assertTrue(!view.isComputing() && view.result() != null, id + " keeps its result");
                paint(view);
                switched.get(id)[round] = millis(switchStart);
            }
        }
        print("%,d cases: switch to an open analysis, all analyses: %s (slowest: %s)", size, stats(all(switched)),
                slowest(switched));

        // Filter changes with every analysis open: the view in front computes at once, the hidden ones when
        // they are shown. Timed until the view in front is painted; then each hidden one switched to.
        List<ResultView> views = new ArrayList<>();
        for (String id : analyses) {
            views.add(0, ResultView.open(page, id));
        }
        List<Change> changes = changes();
        double[] front = new double[ALL_OPEN_RUNS * changes.size()];
        int sample = 0;
        for (int run = 0; run < ALL_OPEN_RUNS; run++) {
            for (Change change : changes) {
                front[sample++] = change(filter, List.of(views.get(0)), change);
            }
        }
        print("%,d cases: filter changes with all %d analyses open, until the one in front (%s) is shown: %s", size,
                views.size(), views.get(0).descriptor().id(), stats(front));
        List<AnalysisResult> before = views.stream().map(ResultView::result).toList();
        change(filter, List.of(views.get(0)), changes.get(0));
        Map<String, double[]> stale = new LinkedHashMap<>();
        for (int i = 1; i < views.size(); i++) {
            ResultView view = views.get(i);
            AnalysisResult old = before.get(i);
            long switchStart = System.nanoTime();
            ResultView.open(page, view.descriptor().id());
            waitUntil(() -> !view.isComputing() && view.result() != null && view.result() != old,
                    view.descriptor().id() + " computes when shown");
            paint(view);
            stale.put(view.descriptor().id(), new double[] { millis(switchStart) });
        }
        print("%,d cases: switch to an open analysis after a filter change made while it was hidden: %s (slowest: %s)",
                size, stats(all(stale)), slowest(stale));
        changes.get(changes.size() - 1).make().accept(filter);
        flush();
        closeResults(page);

        // Filter changes on one open analysis, the only one open.
        Map<String, double[]> filtered = new LinkedHashMap<>();
        Map<String, List<Double>> byChange = new LinkedHashMap<>();
        String loadAtFilter = loadAverage();
        for (String id : analyses) {
            ResultView view = openAndShow(page, id, new double[1]);
            for (Change change : changes) {
                change(filter, List.of(view), change);
            }
            double[] times = new double[FILTER_RUNS * changes.size()];
            int i = 0;
            for (int run = 0; run < FILTER_RUNS; run++) {
                for (Change change : changes) {
                    times[i] = change(filter, List.of(view), change);
                    byChange.computeIfAbsent(change.name(), k -> new ArrayList<>()).add(times[i]);
                    i++;
                }
            }
            filtered.put(id, times);
            print("%,d cases: filter changes on %-43s %s", size, id, stats(times));
            page.hideView(view);
            flush();
        }
        byChange.forEach((name, times) -> print("%,d cases: %s, all analyses: %s", size, name,
                stats(times.stream().mapToDouble(Double::doubleValue).toArray())));
        print("%,d cases: filter changes, all analyses: %s (load average %s at the start, %s at the end; "
                + "heap in use %d MiB)", size, stats(all(filtered)), loadAtFilter, loadAverage(), usedHeap() >> 20);
        return new Figures(load, open, switched, filtered);
    }

    /** Growth from the smallest size to the largest, per analysis, medians. */
    private static void summary(Map<Integer, Figures> figures, List<String> analyses) {
        if (figures.size() < 2) {
            return;
        }
        List<Integer> sizes = new ArrayList<>(figures.keySet());
        Figures small = figures.get(sizes.get(0));
        Figures large = figures.get(sizes.get(sizes.size() - 1));
        print("growth %,d -> %,d cases: dataset load %.0f -> %.0f ms", sizes.get(0), sizes.get(sizes.size() - 1),
                small.load(), large.load());
        print("growth, medians in ms: analysis | open | switch | filter change | slowest open or filter change at %,d",
                sizes.get(sizes.size() - 1));
        for (String id : analyses) {
            double slowest = Math.max(max(large.open().get(id)), max(large.filtered().get(id)));
            print("growth %-52s | %6.0f -> %6.0f | %4.0f -> %4.0f | %6.0f -> %6.0f | %6.0f %s", id,
                    median(small.open().get(id)), median(large.open().get(id)), median(small.switched().get(id)),
                    median(large.switched().get(id)), median(small.filtered().get(id)),
                    median(large.filtered().get(id)), slowest, slowest < 1000 ? "under 1 s" : "NOT under 1 s");
        }
    }

    // ---------------------------------------------------------------- the filter bar, as a user uses it

    private static List<Change> changes() {
        return List.of(new Change("municipality", filter -> check(filter.municipalities(), 0)),
                new Change("closing year", filter -> check(filter.years(), filter.years().getItemCount() / 2)),
                new Change("sex", filter -> {
                    Button button = filter.sexButtons().get(0);
                    button.setSelection(true);
                    button.notifyListeners(SWT.Selection, new Event());
                }), new Change("age band 13-17", filter -> {
                    filter.ageTo().select(1 + 17);
                    select(filter.ageFrom(), 1 + 13);
                }), new Change("back to all cases", filter -> {
                    for (Table table : List.of(filter.municipalities(), filter.years(), filter.versions())) {
                        for (TableItem item : table.getItems()) {
                            item.setChecked(false);
                        }
                    }
                    filter.sexButtons().forEach(b -> b.setSelection(false));
                    filter.ageTo().select(0);
                    select(filter.ageFrom(), 0);
                }));
    }

    private static void check(Table table, int index) {
        TableItem item = table.getItem(index);
        item.setChecked(true);
        Event event = new Event();
        event.detail = SWT.CHECK;
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
    }

    private static void select(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Makes a change and waits until every view has computed and painted its new result; in ms. */
    private static double change(FilterView filter, List<ResultView> views, Change change) throws Exception {
        List<AnalysisResult> before = views.stream().map(ResultView::result).toList();
        long start = System.nanoTime();
        change.make().accept(filter);
        for (int i = 0; i < views.size(); i++) {
            ResultView view = views.get(i);
            AnalysisResult old = before.get(i);
            waitUntil(() -> !view.isComputing() && view.result() != null && view.result() != old,
                    view.descriptor().id() + " shows the result of " + change.name());
        }
        for (ResultView view : views) {
            paint(view);
        }
        return millis(start);
    }

    // ---------------------------------------------------------------- views

    private static IWorkbenchPage page() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("se.isu.ui.perspectives.analysis", window);
        flush();
        return page;
    }

    /** Opens (or brings up) an analysis's view and waits until its result is shown and painted. */
    private static ResultView openAndShow(IWorkbenchPage page, String id, double[] time) throws Exception {
        long start = System.nanoTime();
        ResultView view = ResultView.open(page, id);
        waitUntil(() -> !view.isComputing() && view.result() != null, id + " shows a result");
        paint(view);
        time[0] = millis(start);
        assertTrue(view.viewer().getTable().getItemCount() > 0, id + " fills its table");
        assertNotNull(view.output(), id + " has a chart");
        return view;
    }

    /** Paints the table and the chart now, then runs what the UI queued. */
    private static void paint(ResultView view) {
        paintNow(view.viewer().getTable());
        paintNow(view.chartControl());
        flush();
    }

    private static void paintNow(Control control) {
        Point size = control.getSize();
        control.redraw(0, 0, size.x, size.y, true);
        update(control);
    }

    private static void update(Control control) {
        control.update();
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                update(child);
            }
        }
    }

    private static void closeResults(IWorkbenchPage page) {
        for (IViewReference reference : page.getViewReferences()) {
            if (ResultView.ID.equals(reference.getId())) {
                page.hideView(reference);
            }
        }
        flush();
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        Display display = Display.getCurrent();
        while (true) {
            while (display.readAndDispatch()) {
                // run what the UI queued, the jobs' results among it
            }
            if (condition.getAsBoolean()) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "timed out: " + what);
            Thread.sleep(1);
        }
    }

    // ---------------------------------------------------------------- figures

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double[] all(Map<String, double[]> times) {
        return times.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static String slowest(Map<String, double[]> times) {
        return times.entrySet().stream().max((a, b) -> Double.compare(max(a.getValue()), max(b.getValue())))
                .map(e -> String.format(Locale.ROOT, "%s %.0f ms", e.getKey(), max(e.getValue()))).orElse("");
    }

    private static String stats(double[] times) {
        double[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.0f ms, fastest %.0f ms, slowest %.0f ms (%d runs)", median(times),
                sorted[0], sorted[sorted.length - 1], times.length);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(double[] times) {
        return java.util.Arrays.stream(times).max().orElse(0);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 20).map(g -> g + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void print(String format, Object... arguments) {
        System.out.println("[views-benchmark] " + String.format(Locale.ROOT, format, arguments));
    }
}
