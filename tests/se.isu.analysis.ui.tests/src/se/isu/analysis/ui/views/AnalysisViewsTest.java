package se.isu.analysis.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.BoxPlot;
import se.isu.analysis.result.Cell;
import se.isu.analysis.ui.AnalysisSelection.Compare;
import se.isu.analysis.ui.AnalysisUiPlugin;
import se.isu.analysis.ui.ResultTables;
import se.isu.analysis.ui.fixtures.GeneratedCases;
import se.isu.analysis.ui.outputs.BarChartOutput;
import se.isu.analysis.ui.outputs.BoxPlotOutput;
import se.isu.analysis.ui.outputs.HeatMapOutput;
import se.isu.analysis.ui.outputs.LineChartOutput;
import se.isu.analysis.ui.outputs.PlottedSeries;
import se.isu.cases.ui.CasesUiPlugin;
import se.isu.store.CaseQuery;
import se.isu.store.CaseStore;
import se.isu.tests.support.Screenshots;

/**
 * The Analys perspective on a store filled with generated cases (written through the CaseStore API):
 * every table and chart is checked against the engine's own result for the same selection, with its
 * masking, and the filter bar, the comparison and the exports are used as the user would.
 */
class AnalysisViewsTest {

    private static final String MASKED = "\u22644";
    private static final String BACKGROUND = "se.isu.analysis.backgroundByMunicipality";
    private static final String BY_SEX = "se.isu.analysis.ui.tests.problemAreasBySex";
    private static final String CO_OCCURRENCE = "se.isu.analysis.ui.tests.coOccurrence";
    private static final String LENGTH = "se.isu.analysis.ui.tests.lengthByProblemArea";
    private static final String END_REASONS = "se.isu.analysis.ui.tests.endReasonsByIntervention";
    private static final String PER_YEAR = "se.isu.analysis.ui.tests.casesPerYear";

    @BeforeAll
    static void fillStore() throws Exception {
        CaseStore store = CasesUiPlugin.getDefault().store();
        if (store.counts(CaseQuery.all()).isEmpty()) {
            store.insertAll(GeneratedCases.cases());
        }
        CasesUiPlugin.getDefault().casesChanged();
    }

    @BeforeEach
    void resetSelection() throws Exception {
        page();
        FilterView filter = filterView();
        waitUntil(() -> !filter.isLoading() && filter.municipalities().getItemCount() > 0);
        for (Table table : List.of(filter.municipalities(), filter.years(), filter.versions())) {
            for (TableItem item : table.getItems()) {
                item.setChecked(false);
            }
        }
        filter.sexButtons().forEach(b -> b.setSelection(false));
        filter.ageFrom().select(0);
        filter.ageTo().select(0);
        filter.compare().select(0);
        filter.apply();
        assertEquals(DatasetFilter.all(), AnalysisUiPlugin.getDefault().selection().filter());
    }

    // ---------------------------------------------------------------- helpers

    private static IWorkbenchPage page() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 1000);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("se.isu.ui.perspectives.analysis", window);
        flush();
        return page;
    }

    private static FilterView filterView() throws Exception {
        FilterView view = (FilterView) page().findView(FilterView.ID);
        assertNotNull(view, "the perspective shows the filter bar");
        return view;
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the UI queued
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out");
            flush();
            Thread.sleep(20);
        }
        flush();
    }

    private static ResultView open(String analysisId) throws Exception {
        ResultView view = ResultView.open(page(), analysisId);
        view.recompute();
        await(view);
        return view;
    }

    private static void await(ResultView view) throws InterruptedException {
        flush();
        waitUntil(() -> !view.isComputing() && view.result() != null);
    }

    private static AnalysisResult engine(String analysisId, DatasetFilter filter) throws Exception {
        AnalysisDescriptor analysis = AnalysisUiPlugin.getDefault().analyses().find(analysisId).orElseThrow();
        Dataset dataset = AnalysisUiPlugin.getDefault().dataset(null);
        Map<String, String> parameters = new HashMap<>();
        if (analysis.parameters().stream().anyMatch(p -> p.id().equals("quantile"))) {
            parameters.put("quantile", "7");
        }
        return AnalysisRegistry.run(analysis, dataset, dataset.select(filter), parameters, new SmallCountMasking());
    }

    /** The table as the viewer shows it, row by row, the row header first. */
    private static List<List<String>> shown(ResultView view) {
        List<List<String>> rows = new ArrayList<>();
        org.eclipse.swt.widgets.Table table = view.viewer().getTable();
        for (TableItem item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                row.add(item.getText(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> expectedText(se.isu.analysis.result.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(table.rowHeaders().get(r));
            table.rows().get(r).forEach(cell -> row.add(ResultTables.text(cell)));
            rows.add(row);
        }
        return rows;
    }

    private static int column(se.isu.analysis.result.Table table, String header) {
        int c = table.columnHeaders().indexOf(header);
        assertTrue(c >= 0, header);
        return c;
    }

    /** Checks a plotted series against a column of the engine's table, rows without the total. */
    private static int checkSeries(PlottedSeries series, se.isu.analysis.result.Table table, int column) {
        int masked = 0;
        int i = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            if (ResultTables.isTotal(table.rowHeaders().get(r))) {
                continue;
            }
            Cell cell = table.cell(r, column);
            assertEquals(table.rowHeaders().get(r), series.labels().get(i));
            if (cell instanceof Cell.Masked m) {
                assertNull(series.values().get(i), "a masked cell is not drawn as a value");
                assertEquals(m.shown(), series.masked().get(i));
                masked++;
            } else {
                assertEquals(ResultTables.value(cell), series.values().get(i), 1e-9, series.name() + " " + r);
                assertNull(series.masked().get(i));
            }
            i++;
        }
        assertEquals(i, series.values().size());
        return masked;
    }

    private static void check(Table table, String item) {
        for (TableItem row : table.getItems()) {
            if (row.getText().equals(item)) {
                row.setChecked(true);
                Event event = new Event();
                event.detail = SWT.CHECK;
                event.item = row;
                table.notifyListeners(SWT.Selection, event);
                return;
            }
        }
        throw new AssertionError("no " + item + " in the list");
    }

    private static int maskedCount(se.isu.analysis.result.Table table) {
        return (int) table.rows().stream().flatMap(List::stream).filter(c -> c instanceof Cell.Masked).count();
    }

    // ---------------------------------------------------------------- tests

    @Test
    void theCatalogueGroupsTheAnalysesByCategoryAndDescribesThem() throws Exception {
        CatalogueView catalogue = (CatalogueView) page().findView(CatalogueView.ID);
        assertNotNull(catalogue);
        List<CatalogueView.Category> categories = CatalogueView.categories();
        assertTrue(categories.stream().anyMatch(c -> c.name().equals("Test") && c.analyses().size() == 5));
        assertTrue(categories.stream().flatMap(c -> c.analyses().stream()).anyMatch(a -> a.id().equals(BACKGROUND)));
        AnalysisDescriptor coOccurrence = AnalysisUiPlugin.getDefault().analyses().find(CO_OCCURRENCE).orElseThrow();
        catalogue.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(coOccurrence), true);
        flush();
        assertEquals("Hur ofta problemområdena förekommer tillsammans hos samma barn.",
                AnalysisUiPlugin.getDefault().outputs().description(CO_OCCURRENCE).orElseThrow());
        ResultView view = catalogue.open(coOccurrence);
        await(view);
        assertInstanceOf(HeatMapOutput.class, view.output(), "the output bound in the fragment's extension");
    }

    @Test
    void aTableAndItsBarsShowTheEnginesCountsPerMunicipality() throws Exception {
        ResultView view = open(BACKGROUND);
        se.isu.analysis.result.Table expected = (se.isu.analysis.result.Table) engine(BACKGROUND, DatasetFilter.all());
        assertEquals(expectedText(expected), shown(view));
        BarChartOutput bars = assertInstanceOf(BarChartOutput.class, view.output());
        List<PlottedSeries> plotted = bars.plotted();
        assertEquals(List.of("Flickor", "Pojkar"), plotted.stream().map(PlottedSeries::name).toList(),
                "counts bound with values=counts; the total row is not a bar");
        checkSeries(plotted.get(0), expected, 0);
        checkSeries(plotted.get(1), expected, 1);
        assertEquals(GeneratedCases.MUNICIPALITIES.stream().sorted().toList(), plotted.get(0).labels());
    }

    @Test
    void maskedCellsAreGreyInTheTableAndWrittenNotDrawnInTheChart() throws Exception {
        ResultView view = open(BY_SEX);
        se.isu.analysis.result.Table expected = (se.isu.analysis.result.Table) engine(BY_SEX, DatasetFilter.all());
        assertEquals(expectedText(expected), shown(view));
        assertTrue(maskedCount(expected) > 0, "the rare problem area is masked");
        org.eclipse.swt.widgets.Table table = view.viewer().getTable();
        for (int r = 0; r < expected.rows().size(); r++) {
            for (int c = 0; c < expected.columnHeaders().size(); c++) {
                boolean masked = expected.cell(r, c) instanceof Cell.Masked;
                assertEquals(masked, table.getItem(r).getForeground(c + 1).equals(
                        table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)), "grey exactly when masked");
            }
        }
        BarChartOutput bars = assertInstanceOf(BarChartOutput.class, view.output());
        List<PlottedSeries> plotted = bars.plotted();
        assertEquals(List.of("Flickor (%)", "Pojkar (%)"), plotted.stream().map(PlottedSeries::name).toList());
        int masked = checkSeries(plotted.get(0), expected, column(expected, "Flickor (%)"))
                + checkSeries(plotted.get(1), expected, column(expected, "Pojkar (%)"));
        assertTrue(masked > 0, "masked shares are in the chart as masked");
        double[] drawn = bars.chart().getSeriesSet().getSeries("s0").getYSeries();
        for (int i = 0; i < drawn.length; i++) {
            if (plotted.get(0).masked().get(i) != null) {
                assertEquals(0, drawn[i], "no bar for a masked share");
            }
        }
    }

    @Test
    void theFilterBarChangesTheResults() throws Exception {
        ResultView view = open(BY_SEX);
        se.isu.analysis.result.Table all = view.table();
        FilterView filter = filterView();
        check(filter.municipalities(), "Ovan\u00e5ker");
        await(view);
        DatasetFilter small = DatasetFilter.all().withMunicipalities(Set.of("Ovan\u00e5ker"));
        assertEquals(small, AnalysisUiPlugin.getDefault().selection().filter());
        se.isu.analysis.result.Table expected = (se.isu.analysis.result.Table) engine(BY_SEX, small);
        assertEquals(expectedText(expected), shown(view));
        assertNotEquals(expectedText(all), shown(view));
        assertTrue(maskedCount(expected) > maskedCount(all), "a small municipality has more masked cells");
        checkSeries(view.output().plotted().get(0), expected, column(expected, "Flickor (%)"));

        Button girls = filter.sexButtons().stream().filter(b -> b.getText().equals("Flicka")).findFirst().orElseThrow();
        girls.setSelection(true);
        girls.notifyListeners(SWT.Selection, new Event());
        filter.ageFrom().select(1 + 10);
        filter.ageFrom().notifyListeners(SWT.Selection, new Event());
        await(view);
        DatasetFilter narrower = small.withSexes(Set.of(1)).withAgeBand(10, null);
        assertEquals(narrower, AnalysisUiPlugin.getDefault().selection().filter());
        assertEquals(expectedText((se.isu.analysis.result.Table) engine(BY_SEX, narrower)), shown(view));
    }

    @Test
    void theHeatMapWritesTheEnginesCoOccurrenceAndHatchesMaskedCells() throws Exception {
        ResultView view = open(CO_OCCURRENCE);
        se.isu.analysis.result.Table expected = (se.isu.analysis.result.Table) engine(CO_OCCURRENCE, DatasetFilter.all());
        assertEquals(expectedText(expected), shown(view));
        HeatMapOutput heatMap = assertInstanceOf(HeatMapOutput.class, view.output());
        List<PlottedSeries> rows = heatMap.plotted();
        assertEquals(expected.rowHeaders().size(), rows.size());
        int masked = 0;
        long max = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.size(); c++) {
                Cell cell = expected.cell(r, c);
                if (cell instanceof Cell.Masked m) {
                    assertNull(rows.get(r).values().get(c));
                    assertEquals(m.shown(), rows.get(r).masked().get(c));
                    masked++;
                } else {
                    long count = ((Cell.Count) cell).value();
                    assertEquals((double) count, rows.get(r).values().get(c));
                    max = r == c ? max : Math.max(max, count);
                }
            }
        }
        assertTrue(masked > 0, "pairs with the rare area are masked");
        assertEquals(max, heatMap.scaleMaximum(), "the scale ends at the largest pair shown, not at a masked one");
    }

    @Test
    void boxPlotsArePaintedFromTheEnginesBoxStatistics() throws Exception {
        ResultView view = open(LENGTH);
        BoxPlot expected = (BoxPlot) engine(LENGTH, DatasetFilter.all());
        BoxPlotOutput boxes = assertInstanceOf(BoxPlotOutput.class, view.output());
        List<PlottedSeries> plotted = boxes.plotted();
        assertEquals(expected.groups().size(), plotted.size());
        int suppressed = 0;
        for (int i = 0; i < plotted.size(); i++) {
            BoxPlot.Group group = expected.groups().get(i);
            PlottedSeries box = plotted.get(i);
            assertEquals(group.label(), box.name());
            if (group.statistics() == null) {
                assertTrue(box.values().stream().allMatch(v -> v == null), "a suppressed group has no box");
                assertNotNull(box.masked().get(0));
                suppressed++;
            } else {
                var s = group.statistics();
                assertEquals(List.of(s.lowerWhisker(), s.q1(), s.median(), s.q3(), s.upperWhisker()), box.values());
            }
        }
        assertTrue(suppressed > 0, "the rare problem area's box is suppressed");
        assertEquals(expectedText(ResultTables.asTable(expected)), shown(view));
    }

    @Test
    void aSeriesIsALineWithTheEnginesValues() throws Exception {
        ResultView view = open(PER_YEAR);
        se.isu.analysis.result.Table expected = ResultTables.asTable(engine(PER_YEAR, DatasetFilter.all()));
        LineChartOutput line = assertInstanceOf(LineChartOutput.class, view.output());
        checkSeries(line.plotted().get(0), expected, 0);
        assertEquals(expected.rowHeaders(), line.plotted().get(0).labels());
        assertTrue(expected.rowHeaders().containsAll(List.of("2021", "2022", "2023")), "the generated closing years");
    }

    @Test
    void municipalitiesSideBySideAndOneAgainstTheRest() throws Exception {
        ResultView view = open(BY_SEX);
        FilterView filter = filterView();
        filter.compare().select(1);
        filter.compare().notifyListeners(SWT.Selection, new Event());
        await(view);
        se.isu.analysis.result.Table side = view.table();
        assertEquals(GeneratedCases.MUNICIPALITIES.stream().sorted().toList(), side.columnHeaders());
        for (int m = 0; m < side.columnHeaders().size(); m++) {
            String municipality = side.columnHeaders().get(m);
            se.isu.analysis.result.Table own = (se.isu.analysis.result.Table) engine(BY_SEX,
                    DatasetFilter.all().withMunicipalities(Set.of(municipality)));
            int shares = column(own, "Flickor (%)");
            for (int r = 0; r < own.rows().size(); r++) {
                assertEquals(own.cell(r, shares), side.cell(r, m), municipality + " " + own.rowHeaders().get(r));
            }
            checkSeries(view.output().plotted().get(m), own, shares);
        }
        assertEquals(3, view.output().plotted().size(), "one bar per municipality");

        filter.compare().select(2);
        filter.focus().setText("G\u00e4vle");
        filter.compare().notifyListeners(SWT.Selection, new Event());
        await(view);
        se.isu.analysis.result.Table versus = view.table();
        assertEquals(List.of("G\u00e4vle", "\u00d6vriga"), versus.columnHeaders());
        se.isu.analysis.result.Table rest = (se.isu.analysis.result.Table) engine(BY_SEX,
                DatasetFilter.all().withMunicipalities(Set.of("S\u00f6derhamn", "Ovan\u00e5ker")));
        int shares = column(rest, "Flickor (%)");
        for (int r = 0; r < rest.rows().size(); r++) {
            assertEquals(rest.cell(r, shares), versus.cell(r, 1), "the pooled rest");
        }
    }

    @Test
    void everyExportWritesAReadableFileMaskedAsOnScreen(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        ResultView view = open(BY_SEX);
        se.isu.analysis.result.Table table = view.table();
        int maskedRow = -1;
        int maskedColumn = -1;
        for (int r = 0; r < table.rows().size() && maskedRow < 0; r++) {
            for (int c = 0; c < table.columnHeaders().size(); c++) {
                if (table.cell(r, c) instanceof Cell.Masked m && m.shown().equals(MASKED)) {
                    maskedRow = r;
                    maskedColumn = c;
                    break;
                }
            }
        }
        assertTrue(maskedRow >= 0, "the table has a \u22644");

        Path png = folder.resolve("diagram.png");
        view.exportPng(png);
        ImageData[] images = new ImageLoader().load(png.toString());
        Point size = view.chartControl().getSize();
        assertEquals(size.x, images[0].width);
        assertEquals(size.y, images[0].height);

        Path xlsx = folder.resolve("tabell.xlsx");
        view.exportXlsx(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(table.columnHeaders().get(0), sheet.getRow(0).getCell(1).getStringCellValue());
            for (int r = 0; r < table.rows().size(); r++) {
                var row = sheet.getRow(r + 1);
                assertEquals(table.rowHeaders().get(r), row.getCell(0).getStringCellValue());
                for (int c = 0; c < table.columnHeaders().size(); c++) {
                    Cell cell = table.cell(r, c);
                    var written = row.getCell(c + 1);
                    if (cell instanceof Cell.Count count) {
                        assertEquals(count.value(), written.getNumericCellValue());
                    } else if (cell instanceof Cell.Masked m) {
                        assertEquals(CellType.STRING, written.getCellType(), "masked as text, never the value");
                        assertEquals(m.shown(), written.getStringCellValue());
                    }
                }
            }
        }

        Path csv = folder.resolve("tabell.csv");
        view.exportCsv(csv);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
            assertEquals(table.title(), records.get(0).get(0).replace("\ufeff", ""));
            assertEquals(table.columnHeaders(), records.get(1).toList().subList(1, records.get(1).size()));
            assertEquals(expectedText(table), records.subList(2, 2 + table.rows().size()).stream()
                    .map(CSVRecord::toList).toList());
            assertEquals(MASKED, records.get(2 + maskedRow).get(1 + maskedColumn));
        }

        view.copyToClipboard();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            String text = (String) clipboard.getContents(TextTransfer.getInstance());
            assertNotNull(text);
            assertTrue(text.contains(table.rowHeaders().get(maskedRow)), text);
            assertTrue(text.contains(MASKED));
        } finally {
            clipboard.dispose();
        }
    }

    /** The standard analyses of se.isu.analysis, as the engine's branch contributes them. */
    private static List<AnalysisDescriptor> standardAnalyses() {
        return AnalysisUiPlugin.getDefault().analyses().analyses().stream()
                .filter(a -> a.id().startsWith("se.isu.analysis.") && !a.id().startsWith("se.isu.analysis.ui.")).toList();
    }

    @Test
    void everyStandardAnalysisShowsTheEnginesTableAndChart() throws Exception {
        List<AnalysisDescriptor> standard = standardAnalyses();
        assertTrue(standard.size() >= 2, "the standard analyses are registered: " + standard);
        int maskedSomewhere = 0;
        for (AnalysisDescriptor analysis : standard) {
            ResultView view = open(analysis.id());
            AnalysisResult expected = engine(analysis.id(), DatasetFilter.all());
            assertEquals(expectedText(ResultTables.asTable(expected)), shown(view), analysis.id());
            assertNotNull(view.output(), analysis.id());
            maskedSomewhere += assertPlottedFromEngine(analysis.id(), view.output(), expected);
            view.getSite().getPage().hideView(view);
        }
        assertTrue(maskedSomewhere > 0, "some standard result has masked cells, and the charts show them masked");
    }

    /**
     * Every value a chart draws is the engine's value at the same row and column (looked up by their
     * headers), and every masked cell is drawn masked. Returns how many masked cells were drawn.
     */
    private static int assertPlottedFromEngine(String id, se.isu.analysis.ui.outputs.AnalysisOutput output,
            AnalysisResult expected) {
        int masked = 0;
        if (expected instanceof BoxPlot plot) {
            List<PlottedSeries> boxes = output.plotted();
            assertEquals(plot.groups().size(), boxes.size(), id);
            for (int i = 0; i < boxes.size(); i++) {
                var s = plot.groups().get(i).statistics();
                if (s == null) {
                    assertTrue(boxes.get(i).values().stream().allMatch(v -> v == null), id);
                    masked++;
                } else {
                    assertEquals(List.of(s.lowerWhisker(), s.q1(), s.median(), s.q3(), s.upperWhisker()),
                            boxes.get(i).values(), id);
                }
            }
            return masked;
        }
        se.isu.analysis.result.Table table = ResultTables.asTable(expected);
        boolean transposed = output instanceof HeatMapOutput
                || output instanceof BarChartOutput bars && bars.isStacked();
        for (PlottedSeries series : output.plotted()) {
            for (int i = 0; i < series.labels().size(); i++) {
                String rowHeader = transposed ? series.name() : series.labels().get(i);
                String columnHeader = transposed ? series.labels().get(i) : series.name();
                int r = table.rowHeaders().indexOf(rowHeader);
                int c = expected instanceof se.isu.analysis.result.Series ? 0 : table.columnHeaders().indexOf(columnHeader);
                assertTrue(r >= 0 && c >= 0, id + ": " + rowHeader + " / " + columnHeader);
                Cell cell = table.cell(r, c);
                if (cell instanceof Cell.Masked m) {
                    assertNull(series.values().get(i), id + " draws no value for a masked cell");
                    assertEquals(m.shown(), series.masked().get(i), id);
                    masked++;
                } else {
                    assertEquals(ResultTables.value(cell), series.values().get(i), id + ": " + rowHeader + " / " + columnHeader);
                }
            }
        }
        return masked;
    }

    @Test
    void screenshots() throws Exception {
        shoot(open("se.isu.analysis.problemAreaCoOccurrence"), "analysis-heatmap.png");
        shoot(open("se.isu.analysis.lengthByProblemAreaBox"), "analysis-boxplots.png");
        shoot(open("se.isu.analysis.problemAreasBySex"), "analysis-problem-areas-by-sex.png");
        shoot(open("se.isu.analysis.endReasonsByInterventionMix"), "analysis-end-reasons-by-intervention-mix.png");
        ResultView view = open("se.isu.analysis.problemAreas");
        FilterView filter = filterView();
        filter.compare().select(1);
        filter.compare().notifyListeners(SWT.Selection, new Event());
        await(view);
        shoot(view, "analysis-comparison.png");
        filter.compare().select(2);
        filter.focus().setText("S\u00f6derhamn");
        filter.compare().notifyListeners(SWT.Selection, new Event());
        await(view);
        shoot(view, "analysis-one-vs-rest.png");
        assertFalse(view.isComputing());
    }

    /**
     * A PNG of the workbench window with the view on top, under target/screenshots: given longer than a
     * dialog to paint, since the charts draw after the table.
     */
    private static void shoot(ResultView view, String name) throws Exception {
        view.getSite().getPage().activate(view);
        flush();
        Screenshots.save(view.getSite().getShell(), name, 400);
    }
}
