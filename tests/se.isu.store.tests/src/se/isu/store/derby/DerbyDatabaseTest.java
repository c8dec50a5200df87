package se.isu.store.derby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The embedded database, opened inside OSGi through the same bundles the product ships. */
class DerbyDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void derbyIsWiredAsTheProductWiresIt() {
        Bundle store = FrameworkUtil.getBundle(DerbyDatabase.class);
        assertNotNull(store, "the store must run as an OSGi bundle");
        assertEquals("se.isu.store", store.getSymbolicName());
        Bundle derby = FrameworkUtil.getBundle(EmbeddedDataSource.class);
        assertNotNull(derby, "EmbeddedDataSource must come from a bundle, not the class path");
        // EmbeddedDataSource lives in derbytools, a fragment attached to the derby engine bundle.
        assertEquals("derby", derby.getSymbolicName());
    }

    @Test
    void whatIsWrittenIsReadBackAfterARestart() throws Exception {
        Path dbFolder = folder.resolve("isu").resolve("cases");
        try (DerbyDatabase db = DerbyDatabase.open(dbFolder);
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE closed_case (case_id VARCHAR(40) PRIMARY KEY, municipality VARCHAR(60), "
                    + "start_date DATE, end_reason INT)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO closed_case VALUES (?, ?, ?, ?)")) {
                insert.setString(1, "H-2020-001");
                insert.setString(2, "Söderhamn");
                insert.setDate(3, Date.valueOf(LocalDate.of(2020, 3, 14)));
                insert.setInt(4, 1);
                insert.executeUpdate();
                insert.setString(1, "O-2020-002");
                insert.setString(2, "Ovanåker");
                insert.setDate(3, Date.valueOf(LocalDate.of(2020, 9, 1)));
                insert.setInt(4, 5);
                insert.executeUpdate();
            }
        }
        assertTrue(Files.isDirectory(dbFolder), "the database lives in the folder it was given");
        // Derby reads where to log once, when its engine boots: derby.log goes beside the first database
        // this runtime opened, which is this one only when the test runs first.
        Path log = Path.of(System.getProperty("derby.stream.error.file"));
        assertEquals("derby.log", log.getFileName().toString());
        assertTrue(log.isAbsolute(), "derby.log is kept beside a database, not in the working directory");

        try (DerbyDatabase db = DerbyDatabase.open(dbFolder);
                Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT case_id, municipality, start_date, end_reason FROM closed_case ORDER BY case_id")) {
            assertTrue(rs.next());
            assertEquals("H-2020-001", rs.getString(1));
            assertEquals("Söderhamn", rs.getString(2));
            assertEquals(LocalDate.of(2020, 3, 14), rs.getDate(3).toLocalDate());
            assertEquals(1, rs.getInt(4));
            assertTrue(rs.next());
            assertEquals("Ovanåker", rs.getString(2));
            assertEquals(5, rs.getInt(4));
            assertFalse(rs.next());
        }
    }

    @Test
    void aRolledBackTransactionLeavesNothing() throws Exception {
        try (DerbyDatabase db = DerbyDatabase.open(folder.resolve("tx"))) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE t (id INT PRIMARY KEY)");
            }
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO t VALUES (1)");
                    s.executeUpdate("INSERT INTO t VALUES (2)");
                    // A duplicate key half-way: the whole batch must go.
                    assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO t VALUES (1)"));
                }
                c.rollback();
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aClosedDatabaseRefusesConnections() throws Exception {
        DerbyDatabase db = DerbyDatabase.open(folder.resolve("closed"));
        db.close();
        db.close();
        SQLException e = assertThrows(SQLException.class, db::connect);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
