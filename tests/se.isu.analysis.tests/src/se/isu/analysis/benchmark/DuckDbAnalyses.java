package se.isu.analysis.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import se.isu.analysis.dataset.Dataset;

/**
 * The benchmark's four core computations as SQL in DuckDB, over the same cases: the dataset's columns
 * are written to a CSV file and loaded into an in-memory DuckDB table, then each query's result is
 * flattened to the keys {@link CoreAnalyses} uses.
 * <p>
 * DuckDB is not an OSGi bundle and is no part of the product: its JDBC driver jar (given by the
 * benchmark profile, a Maven Central artifact) is loaded here by a class loader of its own whose parent
 * is the platform class loader, so only {@code java.sql} is shared with the benchmark.
 */
final class DuckDbAnalyses implements AutoCloseable {

    private final URLClassLoader loader;
    private final Connection connection;

    DuckDbAnalyses(Path driverJar) throws Exception {
        loader = new URLClassLoader(new URL[] { driverJar.toUri().toURL() }, ClassLoader.getPlatformClassLoader());
        Driver driver = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, loader).getDeclaredConstructor()
                .newInstance();
        connection = driver.connect("jdbc:duckdb:", new Properties());
    }

    String describe() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT version(), current_setting('threads'), current_setting('memory_limit')")) {
            rs.next();
            return "DuckDB " + rs.getString(1) + ", " + rs.getString(2) + " threads, memory limit " + rs.getString(3);
        }
    }

    /** The columns the four computations read, one line per case; no answer is an empty field (NULL). */
    static void writeCsv(Dataset dataset, Path file) throws IOException {
        int[] sex = dataset.ints(CoreAnalyses.SEX);
        int[] age = dataset.ints(CoreAnalyses.AGE);
        int[] length = dataset.ints(CoreAnalyses.LENGTH);
        long[] problems = dataset.bits(CoreAnalyses.PROBLEMS);
        long[] interventions = dataset.bits(CoreAnalyses.INTERVENTIONS);
        int[] reason = dataset.ints(CoreAnalyses.END_REASON);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("municipality,kon,alder,insatstid,problematik,insatser,avslutsorsak\n");
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < dataset.size(); row++) {
                line.setLength(0);
                line.append('"').append(dataset.municipality(row).replace("\"", "\"\"")).append('"');
                field(line, sex[row]);
                field(line, age[row]);
                field(line, length[row]);
                line.append(',').append(problems[row]);
                line.append(',').append(interventions[row]);
                field(line, reason[row]);
                out.append(line).append('\n');
            }
        }
    }

    private static void field(StringBuilder line, int value) {
        line.append(',');
        if (value != Dataset.MISSING) {
            line.append(value);
        }
    }

    void load(Path csv) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS cases");
            s.execute("CREATE TABLE cases AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''")
                    + "', header = true, columns = {'municipality': 'VARCHAR', 'kon': 'INTEGER', 'alder': 'INTEGER', "
                    + "'insatstid': 'INTEGER', 'problematik': 'BIGINT', 'insatser': 'BIGINT', 'avslutsorsak': 'INTEGER'})");
        }
    }

    private static String codeList(int[] codes) {
        return Arrays.stream(codes).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    Map<String, Double> background() throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT municipality, count(*) FILTER (WHERE kon = " + CoreAnalyses.GIRL + "), count(*) FILTER (WHERE kon = "
                        + CoreAnalyses.BOY + "), avg(alder), min(alder), max(alder), avg(insatstid) "
                        + "FROM cases GROUP BY municipality ORDER BY municipality")) {
            while (rs.next()) {
                String key = "background|" + rs.getString(1) + "|";
                out.put(key + "girls", rs.getDouble(2));
                out.put(key + "boys", rs.getDouble(3));
                out.put(key + "meanAge", rs.getDouble(4));
                out.put(key + "minAge", rs.getDouble(5));
                out.put(key + "maxAge", rs.getDouble(6));
                out.put(key + "meanLength", rs.getDouble(7));
            }
        }
        return out;
    }

    /** Counted over the distinct combinations of problem areas, then spread over the pairs they contain. */
    Map<String, Double> coOccurrence(CoreAnalyses.Codes codes) throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "WITH g AS (SELECT problematik AS m, count(*) AS n FROM cases WHERE problematik <> 0 GROUP BY problematik), "
                        + "c AS (SELECT unnest(" + codeList(codes.problemAreas()) + ") AS code) "
                        + "SELECT a.code, b.code, sum(n), sum(n) FILTER (WHERE m = (1::BIGINT << a.code)) "
                        + "FROM g, c AS a, c AS b WHERE (m >> a.code) & 1 = 1 AND (m >> b.code) & 1 = 1 "
                        + "GROUP BY a.code, b.code")) {
            while (rs.next()) {
                int a = rs.getInt(1);
                int b = rs.getInt(2);
                out.put("pair|" + a + "|" + b, rs.getDouble(3));
                long alone = rs.getLong(4);
                if (a == b && alone != 0) {
                    out.put("alone|" + a, (double) alone);
                }
            }
        }
        return out;
    }

    /** quantile_cont is Hyndman–Fan type 7. */
    Map<String, Double> lengthQuantiles(CoreAnalyses.Codes codes) throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT code, q[1], q[2], q[3] FROM (SELECT c.code, quantile_cont(insatstid, [0.25, 0.5, 0.75]) AS q "
                        + "FROM cases, (SELECT unnest(" + codeList(codes.problemAreas()) + ") AS code) AS c "
                        + "WHERE (problematik >> c.code) & 1 = 1 AND insatstid IS NOT NULL GROUP BY c.code)")) {
            while (rs.next()) {
                String key = "quartiles|" + rs.getInt(1) + "|";
                out.put(key + "q1", rs.getDouble(2));
                out.put(key + "median", rs.getDouble(3));
                out.put(key + "q3", rs.getDouble(4));
            }
        }
        return out;
    }

    Map<String, Double> endReasonByMix() throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT mix, avslutsorsak, count(*) FROM (SELECT CASE WHEN insatser = 0 THEN NULL ELSE "
                        + "(CASE WHEN insatser & " + CoreAnalyses.TRADITIONAL + " <> 0 THEN 1 ELSE 0 END) + "
                        + "(CASE WHEN insatser & " + CoreAnalyses.MANUAL + " <> 0 THEN 2 ELSE 0 END) END AS mix, avslutsorsak "
                        + "FROM cases) WHERE mix IS NOT NULL AND avslutsorsak IS NOT NULL GROUP BY mix, avslutsorsak")) {
            while (rs.next()) {
                out.put("endReason|" + rs.getInt(1) + "|" + rs.getInt(2), rs.getDouble(3));
            }
        }
        return out;
    }

    /** How many threads DuckDB runs a query on; it starts with one per processor. */
    void threads(int threads) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + threads);
        }
    }

    Map<String, Double> all(CoreAnalyses.Codes codes) throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        out.putAll(background());
        out.putAll(coOccurrence(codes));
        out.putAll(lengthQuantiles(codes));
        out.putAll(endReasonByMix());
        return out;
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
        } finally {
            loader.close();
        }
    }
}
