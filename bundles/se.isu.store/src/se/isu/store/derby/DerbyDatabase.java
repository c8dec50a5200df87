package se.isu.store.derby;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * One embedded Derby database in a folder of its own.
 * <p>
 * Connections are made through {@link EmbeddedDataSource}: inside OSGi, {@code DriverManager} refuses
 * a driver that the calling bundle's class loader did not load, so the data source is the only wiring
 * that works from every bundle. {@link #close()} shuts the database down cleanly, so that the next
 * start needs no recovery.
 */
public final class DerbyDatabase implements AutoCloseable {

    /** SQLState Derby reports when one database has shut down as asked. */
    private static final String SHUTDOWN_OK = "08006";

    private final Path directory;
    private final EmbeddedDataSource dataSource;
    private boolean closed;

    private DerbyDatabase(Path directory, EmbeddedDataSource dataSource) {
        this.directory = directory;
        this.dataSource = dataSource;
    }

    /**
     * Opens the database in {@code directory}, creating it (and its parent folders) if it does not exist.
     */
    public static DerbyDatabase open(Path directory) throws SQLException {
        Objects.requireNonNull(directory, "directory");
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new SQLException("Cannot create the folder for the database " + absolute + ": " + e.getMessage(), e);
        }
        routeDerbyLog(absolute.getParent());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(absolute.toString());
        ds.setCreateDatabase("create");
        // Fail fast: an unreadable or locked database is reported here, not at first use.
        try (Connection probe = ds.getConnection()) {
            probe.getMetaData();
        }
        ds.setCreateDatabase(null);
        return new DerbyDatabase(absolute, ds);
    }

    /** The folder that holds the database files. */
    public Path directory() {
        return directory;
    }

    /** A new connection, in auto-commit mode as JDBC defines; the caller closes it. */
    public Connection connect() throws SQLException {
        if (closed) {
            throw new SQLException("The database " + directory + " is closed");
        }
        return dataSource.getConnection();
    }

    /** Shuts the database down. Calling it again does nothing. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(directory.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /**
     * Derby writes derby.log into the working directory unless told otherwise; keep it beside the
     * databases instead. An explicit setting by the user wins.
     */
    private static void routeDerbyLog(Path folder) {
        if (System.getProperty("derby.stream.error.file") == null
                && System.getProperty("derby.stream.error.field") == null
                && System.getProperty("derby.stream.error.method") == null) {
            System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        }
    }
}
