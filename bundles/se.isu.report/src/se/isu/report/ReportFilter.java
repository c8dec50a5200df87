package se.isu.report;

import java.util.List;

/**
 * What the report covers: municipalities (empty: every municipality with cases) and closing years
 * (empty: every year).
 */
public record ReportFilter(List<String> municipalities, List<Integer> years) {

    public ReportFilter {
        municipalities = List.copyOf(municipalities);
        years = years.stream().distinct().sorted().toList();
    }

    /** The years as they name the files: {@code 2021}, or {@code 2020-2021} for several, {@code alla} for none. */
    public String yearLabel() {
        if (years.isEmpty()) {
            return "alla";
        }
        if (years.size() == 1) {
            return Integer.toString(years.get(0));
        }
        return years.get(0) + "-" + years.get(years.size() - 1);
    }
}
