package se.isu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.AnalysisContext;
import se.isu.analysis.AnalysisRegistry;
import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.disclosure.SmallCountMasking;
import se.isu.analysis.export.ResultText;
import se.isu.analysis.result.AnalysisResult;
import se.isu.analysis.result.Cell;
import se.isu.analysis.result.Table;
import se.isu.report.internal.Messages;
import se.isu.report.svg.ChartRenderer;

/**
 * The annual quality report (kvalitetsrapport): every standard analysis on the selected cases, masked as
 * the workbench masks it, written as an Excel workbook ({@code kvalitetsrapport-<år>.xlsx}, a sheet "Om
 * rapporten" and one sheet per analysis) and an HTML report ({@code kvalitetsrapport-<år>.html}) with its
 * charts as SVG files in {@code bilder/}.
 *
 * <p>Everything is computed and written in a temporary folder beside the output first and moved into
 * place only when all of it has been written, so a failed or cancelled run leaves no half report.
 */
public final class ReportWriter {

    /** The standard analyses in the order of the report's items, with their sheet names. */
    static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        String p = "se.isu.analysis.";
        STANDARD.put(p + "backgroundByMunicipality", Messages.sheetBackgroundByMunicipality);
        STANDARD.put(p + "casesPerThousand", Messages.sheetCasesPerThousand);
        STANDARD.put(p + "problemAreas", Messages.sheetProblemAreas);
        STANDARD.put(p + "problemAreasBySex", Messages.sheetProblemAreasBySex);
        STANDARD.put(p + "problemAreaCoOccurrence", Messages.sheetProblemAreaCoOccurrence);
        STANDARD.put(p + "interventionMixByMunicipality", Messages.sheetInterventionMixByMunicipality);
        STANDARD.put(p + "manualMethods", Messages.sheetManualMethods);
        STANDARD.put(p + "interventionMixByProblemArea", Messages.sheetInterventionMixByProblemArea);
        STANDARD.put(p + "endReasons", Messages.sheetEndReasons);
        STANDARD.put(p + "endReasonsByInterventionMix", Messages.sheetEndReasonsByInterventionMix);
        STANDARD.put(p + "endReasonsByProblemArea", Messages.sheetEndReasonsByProblemArea);
        STANDARD.put(p + "lengthByProblemArea", Messages.sheetLengthByProblemArea);
        STANDARD.put(p + "lengthByProblemAreaBox", Messages.sheetLengthByProblemAreaBox);
        STANDARD.put(p + "lengthByInterventionMix", Messages.sheetLengthByInterventionMix);
        STANDARD.put(p + "lengthByInterventionMixBox", Messages.sheetLengthByInterventionMixBox);
        STANDARD.put(p + "newVsRecurring", Messages.sheetNewVsRecurring);
        STANDARD.put(p + "trend", Messages.sheetTrend);
    }

    /** The folder of the charts, beside the HTML file. */
    public static final String IMAGES = "bilder";

    /** One analysis of the report: its sheet, its masked result and its chart's file name (or null). */
    public record Section(AnalysisDescriptor analysis, String sheet, AnalysisResult result, String image) {
    }

    /** What was written. */
    public record Report(Path xlsx, Path html, Path images, List<Section> sections) {
    }

    private final AnalysisRegistry registry;
    private final SmallCountMasking masking;
    private final LocalDate date;
    private AnalysisContext context = AnalysisContext.empty();

    /**
     * @param threshold the masking threshold (counts below it are shown as "≤threshold−1")
     * @param date      the report's date
     */
    public ReportWriter(AnalysisRegistry registry, int threshold, LocalDate date) {
        this.registry = registry;
        this.masking = new SmallCountMasking(threshold);
        this.date = date;
    }

    /** What the analyses get beside the cases: the store's population figures, for rates per 1,000 children. */
    public ReportWriter context(AnalysisContext analysisContext) {
        this.context = analysisContext == null ? AnalysisContext.empty() : analysisContext;
        return this;
    }

    /** The standard analyses the registry has, in report order. */
    public List<AnalysisDescriptor> analyses() {
        List<AnalysisDescriptor> found = new ArrayList<>();
        for (String id : STANDARD.keySet()) {
            registry.find(id).ifPresent(found::add);
        }
        return found;
    }

    /** The municipality names of the dataset that the filter asks for (matched regardless of case). */
    public static List<String> municipalities(Dataset dataset, ReportFilter filter) {
        Set<String> known = new TreeSet<>();
        for (int row = 0; row < dataset.size(); row++) {
            known.add(dataset.municipality(row));
        }
        List<String> names = new ArrayList<>();
        for (String wanted : filter.municipalities()) {
            String name = known.stream().filter(n -> n.equalsIgnoreCase(wanted.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.unknownMunicipality, wanted,
                            String.join(", ", known))));
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Computes and writes the report into {@code folder} (created if need be).
     *
     * @param source where the cases come from, in words for the reader (e.g. the store's folder)
     * @throws IllegalArgumentException when a municipality is unknown or no case is selected
     * @throws IOException              when the files cannot be written; nothing is left behind then
     */
    public Report write(Dataset dataset, ReportFilter filter, String source, Path folder, IProgressMonitor monitor)
            throws IOException {
        List<AnalysisDescriptor> analyses = analyses();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.progressReport, analyses.size() + 2);
        List<String> names = municipalities(dataset, filter);
        DatasetFilter datasetFilter = DatasetFilter.all();
        if (!names.isEmpty()) {
            datasetFilter = datasetFilter.withMunicipalities(names);
        }
        if (!filter.years().isEmpty()) {
            datasetFilter = datasetFilter.withClosingYears(filter.years());
        }
        BitSet rows = dataset.select(datasetFilter);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.noCasesSelected, municipalityText(names),
                    yearText(filter)));
        }
        String year = filter.yearLabel();
        List<Section> sections = new ArrayList<>();
        Set<String> sheets = new HashSet<>();
        sheets.add(Messages.aboutSheet.toLowerCase(Locale.ROOT));
        for (AnalysisDescriptor analysis : analyses) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(NLS.bind(Messages.progressAnalysis, analysis.name()));
            AnalysisResult result = AnalysisRegistry.run(analysis, dataset, rows, Map.of(), masking, context);
            String sheet = uniqueSheetName(STANDARD.getOrDefault(analysis.id(), analysis.name()), sheets);
            String image = String.format(Locale.ROOT, "%s-%02d-%s.svg", year, sections.size() + 1,
                    analysis.id().substring(analysis.id().lastIndexOf('.') + 1));
            sections.add(new Section(analysis, sheet, result, image));
            progress.worked(1);
        }
        progress.subTask(Messages.progressWriting);
        Path target = folder.toAbsolutePath();
        Files.createDirectories(target);
        Path temp = Files.createTempDirectory(target, ".kvalitetsrapport-");
        try {
            Path images = Files.createDirectories(temp.resolve(IMAGES));
            List<Section> drawn = new ArrayList<>();
            for (Section section : sections) {
                Optional<String> svg = ChartRenderer.render(section.result(), masking.threshold());
                if (svg.isPresent()) {
                    Files.writeString(images.resolve(section.image()), svg.get(), StandardCharsets.UTF_8);
                    drawn.add(section);
                } else {
                    drawn.add(new Section(section.analysis(), section.sheet(), section.result(), null));
                }
            }
            Meta meta = new Meta(year, names, filter, source, dataset.versions(), rows.cardinality());
            String base = "kvalitetsrapport-" + year;
            writeWorkbook(temp.resolve(base + ".xlsx"), meta, drawn);
            progress.worked(1);
            try (Writer writer = Files.newBufferedWriter(temp.resolve(base + ".html"), StandardCharsets.UTF_8)) {
                writer.write(html(meta, drawn));
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            // Into place: the charts first, the documents that refer to them last.
            Path finalImages = Files.createDirectories(target.resolve(IMAGES));
            for (Section section : drawn) {
                if (section.image() != null) {
                    move(images.resolve(section.image()), finalImages.resolve(section.image()));
                }
            }
            Path xlsx = move(temp.resolve(base + ".xlsx"), target.resolve(base + ".xlsx"));
            Path html = move(temp.resolve(base + ".html"), target.resolve(base + ".html"));
            progress.worked(1);
            return new Report(xlsx, html, finalImages, drawn);
        } finally {
            deleteTree(temp);
        }
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A sheet name Excel accepts (≤31 characters, none of []:*?/\), unique regardless of case. */
    static String uniqueSheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted, '-');
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private record Meta(String year, List<String> municipalities, ReportFilter filter, String source,
            List<String> versions, int cases) {
    }

    private static String municipalityText(List<String> names) {
        return names.isEmpty() ? Messages.allMunicipalities : String.join(", ", names);
    }

    private static String yearText(ReportFilter filter) {
        return filter.years().isEmpty() ? Messages.allYears
                : String.join(", ", filter.years().stream().map(String::valueOf).toList());
    }

    private String maskingNote() {
        return NLS.bind(Messages.maskingNote, masking.threshold() - 1, masking.threshold());
    }

    /** The rows of "Om rapporten" before the contents: label and value. */
    private List<String[]> about(Meta meta) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { Messages.aboutCreated, date.toString() });
        rows.add(new String[] { Messages.aboutMunicipalities, municipalityText(meta.municipalities()) });
        rows.add(new String[] { Messages.aboutYears, yearText(meta.filter()) });
        rows.add(new String[] { Messages.aboutCases, Integer.toString(meta.cases()) });
        rows.add(new String[] { Messages.aboutSource, meta.source() });
        rows.add(new String[] { Messages.aboutVersions, ReportSource.FORM + " " + String.join(", ", meta.versions()) });
        rows.add(new String[] { Messages.aboutThreshold, Integer.toString(masking.threshold()) });
        rows.add(new String[] { Messages.aboutMasking, maskingNote() });
        return rows;
    }

    // ---------------------------------------------------------------- XLSX

    private void writeWorkbook(Path file, Meta meta, List<Section> sections) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle masked = workbook.createCellStyle();
            masked.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            Map<Integer, CellStyle> decimals = new LinkedHashMap<>();

            Sheet about = workbook.createSheet(Messages.aboutSheet);
            int r = 0;
            text(about.createRow(r++), 0, NLS.bind(Messages.reportTitle, meta.year()), title);
            text(about.createRow(r++), 0, Messages.reportSubtitle, null);
            r++;
            for (String[] line : about(meta)) {
                Row row = about.createRow(r++);
                text(row, 0, line[0], bold);
                text(row, 1, line[1], wrap);
            }
            r++;
            text(about.createRow(r++), 0, Messages.aboutContents, bold);
            Row head = about.createRow(r++);
            text(head, 0, Messages.aboutSheetColumn, bold);
            text(head, 1, Messages.aboutAnalysisColumn, bold);
            for (Section section : sections) {
                Row row = about.createRow(r++);
                text(row, 0, section.sheet(), null);
                text(row, 1, section.analysis().name(), null);
            }
            about.setColumnWidth(0, 32 * 256);
            about.setColumnWidth(1, 100 * 256);

            for (Section section : sections) {
                Sheet sheet = workbook.createSheet(section.sheet());
                AnalysisResult result = section.result();
                int s = 0;
                text(sheet.createRow(s++), 0, section.analysis().name(), title);
                if (section.analysis().description() != null) {
                    text(sheet.createRow(s++), 0, section.analysis().description(), null);
                }
                s++;
                Row header = sheet.createRow(s++);
                List<String> headers = ResultText.header(result);
                for (int c = 0; c < headers.size(); c++) {
                    text(header, c, headers.get(c), bold);
                }
                List<List<String>> texts = ResultText.rows(result);
                for (int i = 0; i < texts.size(); i++) {
                    Row row = sheet.createRow(s++);
                    List<String> line = texts.get(i);
                    for (int c = 0; c < line.size(); c++) {
                        Cell cell = result instanceof Table table && c > 0 ? table.cell(i, c - 1) : null;
                        switch (cell) {
                            case Cell.Count count -> row.createCell(c).setCellValue(count.value());
                            case Cell.Measure measure when !Double.isNaN(measure.value()) -> {
                                org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
                                target.setCellValue(BigDecimal.valueOf(measure.value())
                                        .setScale(measure.decimals(), RoundingMode.HALF_UP).doubleValue());
                                target.setCellStyle(decimals.computeIfAbsent(measure.decimals(), d -> {
                                    CellStyle style = workbook.createCellStyle();
                                    style.setDataFormat(workbook.createDataFormat()
                                            .getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
                                    return style;
                                }));
                            }
                            case Cell.Masked m -> text(row, c, m.shown(), masked);
                            case null, default -> {
                                if (!line.get(c).isEmpty()) {
                                    text(row, c, line.get(c), c == 0 ? bold : null);
                                }
                            }
                        }
                    }
                }
                if (!result.notes().isEmpty()) {
                    s++;
                    text(sheet.createRow(s++), 0, Messages.notesHeading, bold);
                    for (String note : result.notes()) {
                        text(sheet.createRow(s++), 0, note, null);
                    }
                }
                sheet.setColumnWidth(0, 45 * 256);
                for (int c = 1; c < headers.size(); c++) {
                    sheet.setColumnWidth(c, Math.min(40, Math.max(10, headers.get(c).length() + 2)) * 256);
                }
                sheet.createFreezePane(1, header.getRowNum() + 1);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    // ---------------------------------------------------------------- HTML

    private String html(Meta meta, List<Section> sections) {
        String title = NLS.bind(Messages.reportTitle, meta.year());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:980px;margin:2em auto;color:#222;line-height:1.4}\n")
                .append("h1{margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:.85em}\n")
                .append("th,td{border:1px solid #ccc;padding:3px 6px}td.n{text-align:right}th{background:#f0f3f6}\n")
                .append("td.masked{text-align:right;color:#555;background:#eee;font-style:italic}\n")
                .append("dl.about dt{font-weight:bold;float:left;clear:left;width:14em}dl.about dd{margin-left:15em}\n")
                .append(".note{font-size:.85em;color:#444}.masking{background:#fff8e1;border-left:4px solid #e0a800;padding:.5em 1em}\n")
                .append(".scroll{overflow-x:auto}img{max-width:100%}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p>").append(esc(Messages.reportSubtitle)).append("</p>\n");
        h.append("<h2 id=\"urval\">").append(esc(Messages.filtersHeading)).append("</h2>\n<dl class=\"about\">\n");
        for (String[] line : about(meta)) {
            if (line[0].equals(Messages.aboutMasking)) {
                continue;
            }
            h.append("<dt>").append(esc(line[0])).append("</dt><dd>").append(esc(line[1])).append("</dd>\n");
        }
        h.append("</dl>\n<h2 id=\"rojandeskydd\">").append(esc(Messages.maskingHeading)).append("</h2>\n")
                .append("<p class=\"masking\">").append(esc(maskingNote())).append("</p>\n");
        h.append("<h2>").append(esc(Messages.contentsHeading)).append("</h2>\n<ol>\n");
        for (int i = 0; i < sections.size(); i++) {
            h.append("<li><a href=\"#a").append(i + 1).append("\">").append(esc(sections.get(i).analysis().name()))
                    .append("</a></li>\n");
        }
        h.append("</ol>\n");
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            h.append("<section id=\"a").append(i + 1).append("\">\n<h2>").append(esc(section.analysis().name()))
                    .append("</h2>\n");
            if (section.analysis().description() != null) {
                h.append("<p>").append(esc(section.analysis().description())).append("</p>\n");
            }
            if (section.image() != null) {
                h.append("<p><img src=\"").append(IMAGES).append('/').append(esc(section.image())).append("\" alt=\"")
                        .append(esc(NLS.bind(Messages.chartAlt, section.analysis().name()))).append("\"></p>\n");
            } else {
                h.append("<p class=\"note\">").append(esc(Messages.noChart)).append("</p>\n");
            }
            h.append("<div class=\"scroll\"><table>\n<thead><tr>");
            for (String header : ResultText.header(section.result())) {
                h.append("<th>").append(esc(header)).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            List<List<String>> rows = ResultText.rows(section.result());
            for (int r = 0; r < rows.size(); r++) {
                h.append("<tr>");
                List<String> line = rows.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = section.result() instanceof Table table && c > 0 ? table.cell(r, c - 1) : null;
                    if (c == 0) {
                        h.append("<th scope=\"row\">").append(esc(line.get(c))).append("</th>");
                    } else if (cell instanceof Cell.Masked m) {
                        h.append("<td class=\"masked\" title=\"").append(esc(m.reason())).append("\">")
                                .append(esc(m.shown())).append("</td>");
                    } else {
                        h.append("<td class=\"n\">").append(esc(line.get(c))).append("</td>");
                    }
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table></div>\n");
            if (!section.result().notes().isEmpty()) {
                h.append("<ul class=\"note\">\n");
                for (String note : section.result().notes()) {
                    h.append("<li>").append(esc(note)).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String esc(String text) {
        return se.isu.report.svg.Svg.escape(text);
    }
}
