package se.isu.store.derby;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.derby.vti.VTITemplate;

/**
 * Rows for Derby to pull: the table function behind a bulk insert.
 * <p>
 * A bulk insert runs one {@code INSERT INTO <table> SELECT * FROM TABLE (<function>(token))} per form
 * version instead of one statement execution per case; Derby then moves every row through a single
 * open statement, which is what makes a bulk insert several times faster than a batch of single-row
 * inserts. Derby calls {@link #rows(String)} by name (the bundle imports packages dynamically), so the
 * rows are handed over through a token.
 */
public final class RowSource {

    private static final Map<String, Iterator<Object[]>> SOURCES = new ConcurrentHashMap<>();

    private RowSource() {
    }

    /** Makes {@code rows} available to the table function under a new token; {@link #release} it after. */
    static String offer(Iterator<Object[]> rows) {
        String token = UUID.randomUUID().toString();
        SOURCES.put(token, rows);
        return token;
    }

    static void release(String token) {
        SOURCES.remove(token);
    }

    /** The table function: every row offered under {@code token}, each an array of the table's column values. */
    public static ResultSet rows(String token) throws SQLException {
        Iterator<Object[]> rows = SOURCES.get(token);
        if (rows == null) {
            throw new SQLException("No rows offered under " + token);
        }
        return new Rows(rows);
    }

    /**
     * The rows as the forward-only result set Derby reads: it asks for each column with the getter of
     * the column's type, then {@code wasNull()}. A failure of the source (a case that does not fit its
     * form) ends the statement with an SQLException that carries it as cause.
     */
    private static final class Rows extends VTITemplate {
        private final Iterator<Object[]> rows;
        private Object[] current;
        private boolean wasNull;

        Rows(Iterator<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() throws SQLException {
            try {
                current = rows.hasNext() ? rows.next() : null;
            } catch (RuntimeException e) {
                throw new SQLException(e.getMessage(), "38000", e);
            }
            return current != null;
        }

        @Override
        public void close() {
            current = null;
        }

        @Override
        public ResultSetMetaData getMetaData() {
            // The function's declared columns describe the rows; Derby does not ask.
            return null;
        }

        private Object value(int column) {
            Object value = current[column - 1];
            wasNull = value == null;
            return value;
        }

        @Override
        public boolean wasNull() {
            return wasNull;
        }

        @Override
        public int getInt(int column) {
            Object value = value(column);
            return value == null ? 0 : (Integer) value;
        }

        @Override
        public long getLong(int column) {
            Object value = value(column);
            return value == null ? 0 : (Long) value;
        }

        @Override
        public boolean getBoolean(int column) {
            Object value = value(column);
            return value != null && (Boolean) value;
        }

        @Override
        public String getString(int column) {
            return (String) value(column);
        }

        @Override
        public Date getDate(int column) {
            return (Date) value(column);
        }

        @Override
        public Timestamp getTimestamp(int column) {
            return (Timestamp) value(column);
        }

        @Override
        public Object getObject(int column) {
            return value(column);
        }
    }
}
