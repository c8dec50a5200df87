package se.isu.store.derby;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import se.isu.forms.FormVersion;
import se.isu.store.CaseColumns;
import se.isu.store.CaseCount;
import se.isu.store.CaseQuery;
import se.isu.store.CaseRecord;
import se.isu.store.CaseStore;
import se.isu.store.ImportResult;
import se.isu.store.Municipality;
import se.isu.store.SaveOutcome;
import se.isu.store.StoreException;
import se.isu.store.StoreLocation;
import se.isu.store.derby.CaseCodec.Row;
import se.isu.store.derby.CaseCodec.SideCode;
import se.isu.store.derby.FormTable.Column;
import se.isu.store.internal.Messages;

/**
 * The case store on an embedded Derby database.
 * <p>
 * Layout: each form version has one table with one wide row per case (municipality, case id, unit,
 * draft flag, timestamps, then one typed column per question and per option comment), keyed by
 * municipality and case id. One row per case keeps a bulk insert at one row and one index entry per
 * case, and lets an analysis read a version with one table scan and no join. Common tables hold the
 * municipalities, the form versions' tables and columns, and the schema version.
 * <p>
 * Writes are serialised within the store (the case id is unique per municipality and form, across
 * the form's version tables, which no single index can check) and each runs in one transaction.
 */
public final class DerbyCaseStore implements CaseStore {

    /** The layout this code writes; a store with a higher one was written by a newer program. */
    static final int SCHEMA_VERSION = 1;
    /** Page size of the form versions' tables and their indexes, in bytes. */
    static final int CASE_PAGE_SIZE = 32768;

    private static final String DUPLICATE_KEY = "23505";
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

    /** The municipalities of Gävleborg, with their codes, that a new store starts with. */
    static final List<Municipality> GAVLEBORG = List.of(
            new Municipality("Ockelbo", "2101"), new Municipality("Hofors", "2104"),
            new Municipality("Ovanåker", "2121"), new Municipality("Nordanstig", "2132"),
            new Municipality("Ljusdal", "2161"), new Municipality("Gävle", "2180"),
            new Municipality("Sandviken", "2181"), new Municipality("Söderhamn", "2182"),
            new Municipality("Bollnäs", "2183"), new Municipality("Hudiksvall", "2184"));

    /** A form version's table as the database lists it, whether registered in this session or not. */
    record TableRef(int id, String formId, String version, String tableName, String sideTable, String closingColumn) {
    }

    private final DerbyDatabase database;
    private final Object writeLock = new Object();
    private final CaseCodec codec = new CaseCodec();
    private final Map<String, FormTable> registered = new ConcurrentHashMap<>();
    private final List<FormVersion> registeredVersions = new CopyOnWriteArrayList<>();
    private final List<TableRef> tables = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> municipalityIds = new ConcurrentHashMap<>();
    private final Map<Integer, String> municipalityNames = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private DerbyCaseStore(DerbyDatabase database) {
        this.database = database;
    }

    /** Opens the user's store, {@code store} in the ISU folder, creating it on first use. */
    public static DerbyCaseStore openDefault() throws StoreException {
        return open(StoreLocation.defaultStoreFolder());
    }

    /** Opens the store in {@code folder}, creating it (and its tables) when it does not exist. */
    public static DerbyCaseStore open(Path folder) throws StoreException {
        DerbyDatabase database;
        try {
            database = DerbyDatabase.open(folder.resolve("cases"));
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.openFailed, folder, e.getMessage()), e);
        }
        DerbyCaseStore store = new DerbyCaseStore(database);
        try {
            store.initialise(folder);
            return store;
        } catch (StoreException | SQLException | RuntimeException e) {
            try {
                database.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException(NLS.bind(Messages.openFailed, folder, e.getMessage()), e);
        }
    }

    private void initialise(Path folder) throws SQLException, StoreException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (ResultSet rs = c.getMetaData().getTables(null, null, "ISU_META", null)) {
                if (!rs.next()) {
                    createCommonTables(c);
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT VAL FROM ISU_META WHERE NAME = 'schema.version'")) {
                int version = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
                if (version > SCHEMA_VERSION) {
                    throw new StoreException(NLS.bind(Messages.storeNewer, folder, version));
                }
            }
            loadMunicipalities(c);
            loadTables(c);
            c.commit();
        }
    }

    private static void createCommonTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE ISU_META (NAME VARCHAR(64) PRIMARY KEY, VAL VARCHAR(256) NOT NULL)");
            s.executeUpdate("INSERT INTO ISU_META VALUES ('schema.version', '" + SCHEMA_VERSION + "')");
            s.executeUpdate("CREATE TABLE MUNICIPALITY (ID INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "NAME VARCHAR(" + FormTable.UNIT_LENGTH + ") NOT NULL UNIQUE, CODE CHAR(4))");
            s.executeUpdate("CREATE TABLE FORM_TABLE (ID INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "FORM_ID VARCHAR(100) NOT NULL, VERSION VARCHAR(100) NOT NULL, TABLE_NAME VARCHAR(128) NOT NULL UNIQUE, "
                    + "SIDE_TABLE VARCHAR(128), CLOSING_COLUMN VARCHAR(128), CREATED TIMESTAMP NOT NULL, "
                    + "UNIQUE (FORM_ID, VERSION))");
            s.executeUpdate("CREATE TABLE FORM_COLUMN (FORM_TABLE_ID INT NOT NULL REFERENCES FORM_TABLE (ID), "
                    + "COLUMN_KEY VARCHAR(300) NOT NULL, COLUMN_NAME VARCHAR(128) NOT NULL, KIND VARCHAR(10) NOT NULL, "
                    + "PRIMARY KEY (FORM_TABLE_ID, COLUMN_KEY))");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO MUNICIPALITY (NAME, CODE) VALUES (?, ?)")) {
            for (Municipality m : GAVLEBORG) {
                insert.setString(1, m.name());
                insert.setString(2, m.code());
                insert.executeUpdate();
            }
        }
    }

    private void loadMunicipalities(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ID, NAME FROM MUNICIPALITY")) {
            while (rs.next()) {
                municipalityIds.put(rs.getString(2), rs.getInt(1));
                municipalityNames.put(rs.getInt(1), rs.getString(2));
            }
        }
    }

    private void loadTables(Connection c) throws SQLException {
        List<TableRef> loaded = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT ID, FORM_ID, VERSION, TABLE_NAME, SIDE_TABLE, CLOSING_COLUMN FROM FORM_TABLE ORDER BY ID")) {
            while (rs.next()) {
                loaded.add(new TableRef(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        tables.clear();
        tables.addAll(loaded);
    }

    private static String versionKey(String formId, String version) {
        return formId + '\u0000' + version;
    }

    // ---------------------------------------------------------------- form versions

    @Override
    public void register(FormVersion version) throws StoreException {
        checkOpen();
        synchronized (writeLock) {
            String key = versionKey(version.getFormId(), version.getVersion());
            try (Connection c = database.connect()) {
                c.setAutoCommit(false);
                try {
                    FormTable table = createOrExtend(c, version);
                    loadTables(c);
                    c.commit();
                    FormTable previous = registered.put(key, table);
                    if (previous != null) {
                        registeredVersions.remove(previous.version);
                    }
                    registeredVersions.add(version);
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(NLS.bind(Messages.registerFailed,
                        new Object[] { version.getFormName(), version.getVersion(), e.getMessage() }), e);
            }
        }
    }

    /**
     * The table of {@code version}: created when it is new; when it exists, its recorded columns are
     * reused and only questions that are new to it (a draft edited since) get columns added.
     */
    private FormTable createOrExtend(Connection c, FormVersion version) throws SQLException, StoreException {
        TableRef ref = null;
        for (TableRef t : tables) {
            if (t.formId().equals(version.getFormId()) && t.version().equals(version.getVersion())) {
                ref = t;
            }
        }
        Map<String, String[]> stored = new HashMap<>();
        Set<String> taken = new HashSet<>(Arrays.asList(FormTable.HEADER));
        int id;
        String tableName;
        String sideTable;
        if (ref == null) {
            Set<String> tableNames = new HashSet<>();
            tables.forEach(t -> tableNames.add(t.tableName()));
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    tableNames.add(rs.getString("TABLE_NAME"));
                }
            }
            tableName = FormTable.tableNameFor(version.getFormId(), version.getVersion(), tableNames);
            sideTable = null;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO FORM_TABLE (FORM_ID, VERSION, TABLE_NAME, CREATED) "
                    + "VALUES (?, ?, ?, CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, version.getFormId());
                insert.setString(2, version.getVersion());
                insert.setString(3, tableName);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getInt(1);
                }
            }
        } else {
            id = ref.id();
            tableName = ref.tableName();
            sideTable = ref.sideTable();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT COLUMN_KEY, COLUMN_NAME, KIND FROM FORM_COLUMN WHERE FORM_TABLE_ID = ?")) {
                select.setInt(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
                        taken.add(rs.getString(2));
                    }
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        List<Column> added = new ArrayList<>();
        for (Column wanted : FormTable.wantedColumns(version)) {
            String[] existing = stored.get(wanted.key());
            if (existing != null) {
                if (!existing[1].equals(wanted.kind().name())) {
                    throw new StoreException(NLS.bind(Messages.layoutMismatch, CaseCodec.label(wanted.question()),
                            version.getFormName() + " " + version.getVersion()));
                }
                columns.add(new Column(wanted.key(), existing[0], wanted.kind(), wanted.question(), wanted.code(), wanted.length()));
            } else {
                Column named = new Column(wanted.key(), FormTable.nameFor(wanted, taken), wanted.kind(), wanted.question(),
                        wanted.code(), wanted.length());
                columns.add(named);
                added.add(named);
            }
        }
        try (Statement s = c.createStatement()) {
            // Wide rows of many cases: 32 KiB pages hold about a hundred cases each, which halves the
            // cost of a bulk insert against Derby's default 4 KiB. Common tables keep the default.
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', '" + CASE_PAGE_SIZE + "')");
            if (ref == null) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(tableName).append(" (")
                        .append("MUNICIPALITY_ID INT NOT NULL, ")
                        .append("CASE_ID VARCHAR(").append(FormTable.CASE_ID_LENGTH).append(") NOT NULL, ")
                        .append("UNIT VARCHAR(").append(FormTable.UNIT_LENGTH).append("), ")
                        .append("DRAFT BOOLEAN NOT NULL, CREATED BIGINT NOT NULL, CHANGED BIGINT NOT NULL");
                for (Column column : columns) {
                    ddl.append(", ").append(column.name()).append(' ').append(column.sqlType());
                }
                ddl.append(", PRIMARY KEY (MUNICIPALITY_ID, CASE_ID))");
                s.executeUpdate(ddl.toString());
            } else {
                for (Column column : added) {
                    s.executeUpdate("ALTER TABLE " + tableName + " ADD COLUMN " + column.name() + " " + column.sqlType());
                }
                dropForeignKeys(c, tableName);
            }
            boolean needsSide = columns.stream().anyMatch(col -> col.kind() == ColumnKind.SIDE);
            if (needsSide && sideTable == null) {
                sideTable = tableName + "_CODES";
                s.executeUpdate("CREATE TABLE " + sideTable + " (MUNICIPALITY_ID INT NOT NULL, CASE_ID VARCHAR("
                        + FormTable.CASE_ID_LENGTH + ") NOT NULL, COLUMN_NAME VARCHAR(128) NOT NULL, CODE INT NOT NULL, "
                        + "PRIMARY KEY (MUNICIPALITY_ID, CASE_ID, COLUMN_NAME, CODE), "
                        + "FOREIGN KEY (MUNICIPALITY_ID, CASE_ID) REFERENCES " + tableName + " (MUNICIPALITY_ID, CASE_ID) "
                        + "ON DELETE CASCADE)");
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.storage.pageSize', NULL)");
            String function = functionName(tableName);
            boolean exists;
            try (PreparedStatement find = c.prepareStatement("SELECT COUNT(*) FROM SYS.SYSALIASES WHERE ALIAS = ? AND ALIASTYPE = 'F'")) {
                find.setString(1, function);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    exists = rs.getInt(1) > 0;
                }
            }
            if (exists && !added.isEmpty()) {
                s.executeUpdate("DROP FUNCTION " + function);
            }
            if (!exists || !added.isEmpty()) {
                s.executeUpdate(functionDdl(function, columns));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO FORM_COLUMN (FORM_TABLE_ID, COLUMN_KEY, COLUMN_NAME, KIND) VALUES (?, ?, ?, ?)")) {
            for (Column column : added) {
                insert.setInt(1, id);
                insert.setString(2, column.key());
                insert.setString(3, column.name());
                insert.setString(4, column.kind().name());
                insert.executeUpdate();
            }
        }
        FormTable table = new FormTable(id, version, tableName, sideTable, columns);
        try (PreparedStatement update = c.prepareStatement("UPDATE FORM_TABLE SET SIDE_TABLE = ?, CLOSING_COLUMN = ? WHERE ID = ?")) {
            update.setString(1, sideTable);
            update.setString(2, table.closing == null ? null : table.closing.name());
            update.setInt(3, id);
            update.executeUpdate();
        }
        return table;
    }

    /**
     * Drops the foreign key to {@code MUNICIPALITY} that tables created by earlier versions of the store
     * have. Every write checks the municipality against the store's list before it reaches the table, and
     * the key cost a second index (on the municipality alone), which a bulk insert had to sort and build
     * besides the primary key's, and a look-up in {@code MUNICIPALITY} per row.
     */
    private static void dropForeignKeys(Connection c, String tableName) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT C.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS C "
                + "JOIN SYS.SYSTABLES T ON C.TABLEID = T.TABLEID JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID "
                + "WHERE T.TABLENAME = ? AND S.SCHEMANAME = CURRENT SCHEMA AND C.TYPE = 'F'")) {
            select.setString(1, tableName);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.executeUpdate("ALTER TABLE " + tableName + " DROP FOREIGN KEY \"" + name + "\"");
            }
        }
    }

    /** The table function that hands a bulk insert's rows to Derby, one per form version's table. */
    private static String functionName(String tableName) {
        return "ROWS_" + tableName;
    }

    /**
     * The statement of a bulk insert into {@code table}. The token is a parameter, so the text is the
     * same for every batch and Derby compiles it once per table, not once per batch.
     */
    private static String bulkInsertSql(FormTable table) {
        String columns = table.columnList();
        return "INSERT INTO " + table.tableName + " (" + columns + ") SELECT " + columns + " FROM TABLE ("
                + functionName(table.tableName) + "(CAST (? AS VARCHAR(64)))) R";
    }

    private static String functionDdl(String function, List<Column> columns) {
        StringBuilder ddl = new StringBuilder("CREATE FUNCTION ").append(function)
                .append(" (TOKEN VARCHAR(64)) RETURNS TABLE (MUNICIPALITY_ID INT, CASE_ID VARCHAR(")
                .append(FormTable.CASE_ID_LENGTH).append("), UNIT VARCHAR(").append(FormTable.UNIT_LENGTH)
                .append("), DRAFT BOOLEAN, CREATED BIGINT, CHANGED BIGINT");
        for (Column column : columns) {
            ddl.append(", ").append(column.name()).append(' ').append(column.sqlType());
        }
        return ddl.append(") LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL EXTERNAL NAME '")
                .append(RowSource.class.getName()).append(".rows'").toString();
    }

    @Override
    public List<FormVersion> registeredVersions() {
        return List.copyOf(registeredVersions);
    }

    FormTable table(String formId, String version) throws StoreException {
        FormTable table = registered.get(versionKey(formId, version));
        if (table == null) {
            throw new StoreException(NLS.bind(Messages.unknownFormVersion, formId, version));
        }
        return table;
    }

    private List<TableRef> refsOf(String formId) {
        List<TableRef> refs = new ArrayList<>();
        for (TableRef ref : tables) {
            if (ref.formId().equals(formId)) {
                refs.add(ref);
            }
        }
        return refs;
    }

    // ---------------------------------------------------------------- municipalities

    @Override
    public List<Municipality> municipalities() throws StoreException {
        checkOpen();
        List<Municipality> out = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT NAME, CODE FROM MUNICIPALITY")) {
            while (rs.next()) {
                out.add(new Municipality(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.readFailed, e.getMessage()), e);
        }
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        out.sort(Comparator.comparing(Municipality::name, swedish));
        return out;
    }

    @Override
    public void addMunicipality(Municipality municipality) throws StoreException {
        checkOpen();
        String name = municipality.name().strip();
        if (name.isEmpty()) {
            throw new StoreException(Messages.emptyMunicipality);
        }
        if (name.length() > FormTable.UNIT_LENGTH) {
            throw new StoreException(NLS.bind(Messages.municipalityTooLong, FormTable.UNIT_LENGTH));
        }
        if (municipality.code() != null && !MUNICIPALITY_CODE.matcher(municipality.code()).matches()) {
            throw new StoreException(NLS.bind(Messages.badMunicipalityCode, municipality.code()));
        }
        synchronized (writeLock) {
            for (String known : municipalityIds.keySet()) {
                if (known.equalsIgnoreCase(name)) {
                    throw new StoreException(NLS.bind(Messages.municipalityExists, known));
                }
            }
            try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO MUNICIPALITY (NAME, CODE) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setString(2, municipality.code());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    municipalityIds.put(name, keys.getInt(1));
                    municipalityNames.put(keys.getInt(1), name);
                }
            } catch (SQLException e) {
                throw new StoreException(NLS.bind(Messages.municipalityFailed, e.getMessage()), e);
            }
        }
    }

    int municipalityId(String name) throws StoreException {
        Integer id = municipalityIds.get(name);
        if (id == null) {
            throw new StoreException(NLS.bind(Messages.unknownMunicipality, name));
        }
        return id;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public SaveOutcome save(CaseRecord record) throws StoreException {
        ImportResult result = upsertAll(List.of(record), false);
        return result.created() == 1 ? SaveOutcome.CREATED : SaveOutcome.UPDATED;
    }

    @Override
    public ImportResult upsertAll(Iterable<CaseRecord> records) throws StoreException {
        return upsertAll(records, true);
    }

    private ImportResult upsertAll(Iterable<CaseRecord> records, boolean inBatch) throws StoreException {
        checkOpen();
        synchronized (writeLock) {
            int number = 0;
            CaseRecord current = null;
            try (Connection c = database.connect()) {
                c.setAutoCommit(false);
                try {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    Upserter upserter = new Upserter(c, now, inBatch);
                    Iterator<CaseRecord> iterator = records.iterator();
                    List<CaseRecord> chunk = new ArrayList<>(UPSERT_CHUNK);
                    while (iterator.hasNext()) {
                        chunk.clear();
                        while (chunk.size() < UPSERT_CHUNK && iterator.hasNext()) {
                            chunk.add(iterator.next());
                        }
                        upserter.lookUp(chunk);
                        for (CaseRecord record : chunk) {
                            number++;
                            current = record;
                            upserter.upsert(record);
                        }
                    }
                    upserter.close();
                    c.commit();
                    return new ImportResult(upserter.created, upserter.updated, upserter.unchanged);
                } catch (StoreException | SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (StoreException e) {
                throw inBatch ? new StoreException(batchMessage(number, current, e.getMessage()), e) : e;
            } catch (SQLException e) {
                String message = NLS.bind(Messages.saveFailed, e.getMessage());
                throw new StoreException(inBatch ? batchMessage(number, current, message) : message, e);
            }
        }
    }

    /** Cases an upsert reads from its caller at a time; a batch that fills the first chunk is a large one. */
    private static final int UPSERT_CHUNK = 1000;

    /**
     * What is stored under a key before this write: the version's table, the creation time, and for a
     * case in the table it is written to now, a fingerprint of its content (null when it cannot be told).
     */
    private record Stored(TableRef ref, Instant created, long[] fingerprint) {
    }

    /**
     * Saves cases, replacing stored cases with the same key, within the caller's transaction.
     * <p>
     * A large batch (one that fills the first chunk) reads, for each form and municipality it meets,
     * the keys, creation times and content fingerprints of the stored cases in one index range scan per
     * version table, and decides created, updated or unchanged from that. A small one (a save, a few
     * cases) looks each case up by its key instead: a scan of a municipality's cases for one case would
     * cost more. Derby cannot do better with a list of keys: {@code CASE_ID IN (...)} on the second
     * column of the key is not probed in the index but filtered over the municipality's every row.
     */
    private final class Upserter {
        private final Connection c;
        private final Instant now;
        private final boolean skipUnchanged;
        private final Map<FormTable, PreparedStatement[]> statements = new HashMap<>();
        private final Map<String, PreparedStatement> probes = new HashMap<>();
        /** By form and municipality: what is stored by case id, as far as known; for a scanned group, all of it. */
        private final Map<String, Map<String, Stored>> known = new HashMap<>();
        private final Set<String> scanned = new HashSet<>();
        private boolean large;
        int created;
        int updated;
        int unchanged;

        Upserter(Connection c, Instant now, boolean skipUnchanged) {
            this.c = c;
            this.now = now;
            this.skipUnchanged = skipUnchanged;
        }

        private static String group(String formId, int municipality) {
            return formId + '\u0000' + municipality;
        }

        /** Called with each chunk before its cases are written: a full first chunk makes the batch a large one. */
        void lookUp(List<CaseRecord> chunk) {
            if (created + updated + unchanged == 0 && chunk.size() >= UPSERT_CHUNK) {
                large = true;
            }
        }

        /** What is stored under the key before this case is written, or null. */
        private Stored stored(FormTable table, int municipality, String caseId) throws SQLException {
            String group = group(table.version.getFormId(), municipality);
            Map<String, Stored> byId = known.computeIfAbsent(group, g -> new HashMap<>());
            if (large && scanned.add(group)) {
                for (TableRef ref : refsOf(table.version.getFormId())) {
                    FormTable own = ref.id() == table.id ? table : null;
                    try (PreparedStatement scan = c.prepareStatement(selectStored(ref, own, false))) {
                        scan.setInt(1, municipality);
                        try (ResultSet rs = scan.executeQuery()) {
                            while (rs.next()) {
                                byId.put(rs.getString(1), stored(ref, own, rs));
                            }
                        }
                    }
                }
            }
            if (byId.containsKey(caseId) || scanned.contains(group)) {
                return byId.get(caseId);
            }
            Stored found = null;
            for (TableRef ref : refsOf(table.version.getFormId())) {
                FormTable own = ref.id() == table.id ? table : null;
                String sql = selectStored(ref, own, true);
                PreparedStatement probe = probes.get(sql);
                if (probe == null) {
                    probe = c.prepareStatement(sql);
                    probes.put(sql, probe);
                }
                probe.setInt(1, municipality);
                probe.setString(2, caseId);
                try (ResultSet rs = probe.executeQuery()) {
                    if (rs.next()) {
                        found = stored(ref, own, rs);
                        break;
                    }
                }
            }
            return found;
        }

        /** The case id, creation time and (for the table written to, without a side table) content of stored cases. */
        private static String selectStored(TableRef ref, FormTable own, boolean oneCase) {
            StringBuilder sql = new StringBuilder("SELECT CASE_ID, CREATED");
            if (own != null && own.sideTable == null) {
                sql.append(", UNIT, DRAFT");
                for (Column column : own.columns) {
                    sql.append(", ").append(column.name());
                }
            }
            sql.append(" FROM ").append(ref.tableName()).append(" WHERE MUNICIPALITY_ID = ?");
            return oneCase ? sql.append(" AND CASE_ID = ?").toString() : sql.toString();
        }

        private static Stored stored(TableRef ref, FormTable own, ResultSet rs) throws SQLException {
            long[] fingerprint = null;
            if (own != null && own.sideTable == null) {
                Object[] values = new Object[own.columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(5 + i);
                }
                fingerprint = fingerprint(rs.getString(3), rs.getBoolean(4), values);
            }
            return new Stored(ref, CaseCodec.getInstant(rs, 2), fingerprint);
        }

        void upsert(CaseRecord record) throws StoreException, SQLException {
            FormTable table = table(record.formId(), record.formVersion());
            int municipality = municipalityId(record.municipality());
            Row row = codec.encode(table, municipality, record);
            Stored before = stored(table, municipality, record.caseId());
            long[] fingerprint = table.sideTable == null ? fingerprint(record.unit(), record.draft(), row.values()) : null;
            if (before != null && before.ref().id() == table.id && skipUnchanged && fingerprint != null
                    && Arrays.equals(fingerprint, before.fingerprint())) {
                unchanged++;
                return;
            }
            TableRef here = before != null && before.ref().id() == table.id ? before.ref() : refOf(table);
            known.get(group(table.version.getFormId(), municipality)).put(record.caseId(),
                    new Stored(here, before != null ? before.created() : now, fingerprint));
            // [0] insert, [1] update, [2] delete side codes, [3] insert side code
            PreparedStatement[] s = statements.computeIfAbsent(table, t -> new PreparedStatement[4]);
            if (s[0] == null) {
                s[0] = c.prepareStatement(insertSql(table));
                StringBuilder update = new StringBuilder("UPDATE ").append(table.tableName).append(" SET UNIT = ?, DRAFT = ?, CHANGED = ?");
                for (Column column : table.columns) {
                    update.append(", ").append(column.name()).append(" = ?");
                }
                update.append(" WHERE MUNICIPALITY_ID = ? AND CASE_ID = ?");
                s[1] = c.prepareStatement(update.toString());
                if (table.sideTable != null) {
                    s[2] = c.prepareStatement("DELETE FROM " + table.sideTable + " WHERE MUNICIPALITY_ID = ? AND CASE_ID = ?");
                    s[3] = c.prepareStatement(sideInsertSql(table));
                }
            }
            if (before != null && before.ref().id() == table.id) {
                PreparedStatement update = s[1];
                update.setString(1, record.unit());
                update.setBoolean(2, record.draft());
                CaseCodec.setInstant(update, 3, now);
                codec.bindAnswers(update, 4, table, row);
                update.setInt(4 + table.columns.size(), municipality);
                update.setString(5 + table.columns.size(), record.caseId());
                update.executeUpdate();
                if (table.sideTable != null) {
                    s[2].setInt(1, municipality);
                    s[2].setString(2, record.caseId());
                    s[2].executeUpdate();
                    insertSide(s[3], row);
                }
                updated++;
                return;
            }
            if (before != null) {
                // Recorded with another version of the same form before: it moves to this version's table.
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM " + before.ref().tableName() + " WHERE MUNICIPALITY_ID = ? AND CASE_ID = ?")) {
                    delete.setInt(1, municipality);
                    delete.setString(2, record.caseId());
                    delete.executeUpdate();
                }
            }
            PreparedStatement insert = s[0];
            bindInsert(insert, table, row, before != null ? before.created() : now, now);
            insert.executeUpdate();
            if (table.sideTable != null) {
                insertSide(s[3], row);
            }
            if (before != null) {
                updated++;
            } else {
                created++;
            }
        }

        void close() throws SQLException {
            for (PreparedStatement[] s : statements.values()) {
                for (PreparedStatement statement : s) {
                    if (statement != null) {
                        statement.close();
                    }
                }
            }
            for (PreparedStatement statement : probes.values()) {
                statement.close();
            }
        }
    }

    /** The table reference of a registered version's table. */
    private TableRef refOf(FormTable table) {
        for (TableRef ref : tables) {
            if (ref.id() == table.id) {
                return ref;
            }
        }
        throw new IllegalStateException(table.tableName);
    }

    /**
     * A 128-bit fingerprint of a case's content in its table: unit, draft flag and every answer column
     * as stored (Integer, Long, String or null), from two independent 64-bit hashes of the same values.
     * Two cases with the same fingerprint are taken to be the same.
     */
    static long[] fingerprint(String unit, boolean draft, Object[] values) {
        long[] h = { 0xcbf29ce484222325L, 0x9e3779b97f4a7c15L };
        mix(h, unit);
        mix(h, draft ? 1L : 0L);
        for (Object value : values) {
            switch (value) {
                case null -> mix(h, 0x5bd1e995L);
                case Integer i -> mix(h, 0x1000000000L + i);
                case Long l -> {
                    mix(h, 2L);
                    mix(h, l);
                }
                case String text -> mix(h, text);
                default -> throw new IllegalArgumentException(value.getClass().getName());
            }
        }
        return h;
    }

    private static void mix(long[] h, String text) {
        if (text == null) {
            mix(h, 0x7f4a7c15L);
            return;
        }
        mix(h, 3L + ((long) text.length() << 8));
        for (int i = 0; i < text.length(); i++) {
            mix(h, text.charAt(i));
        }
    }

    private static void mix(long[] h, long value) {
        h[0] = (h[0] ^ value) * 0x100000001b3L;
        long x = h[1] + value * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 31)) * 0x94d049bb133111ebL;
        h[1] = x ^ (x >>> 29);
    }

    static String insertSql(FormTable table) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.tableName).append(" (").append(table.columnList())
                .append(") VALUES (?");
        for (int i = 1; i < FormTable.HEADER.length + table.columns.size(); i++) {
            sql.append(", ?");
        }
        return sql.append(')').toString();
    }

    private static String sideInsertSql(FormTable table) {
        return "INSERT INTO " + table.sideTable + " (MUNICIPALITY_ID, CASE_ID, COLUMN_NAME, CODE) VALUES (?, ?, ?, ?)";
    }

    void bindInsert(PreparedStatement insert, FormTable table, Row row, Instant created, Instant changed) throws SQLException {
        insert.setInt(1, row.municipalityId());
        insert.setString(2, row.record().caseId());
        insert.setString(3, row.record().unit());
        insert.setBoolean(4, row.record().draft());
        CaseCodec.setInstant(insert, 5, created);
        CaseCodec.setInstant(insert, 6, changed);
        codec.bindAnswers(insert, FormTable.HEADER.length + 1, table, row);
    }

    private static void insertSide(PreparedStatement insert, Row row) throws SQLException {
        for (SideCode code : row.sideCodes()) {
            insert.setInt(1, row.municipalityId());
            insert.setString(2, row.record().caseId());
            insert.setString(3, code.column().name());
            insert.setInt(4, code.code());
            insert.executeUpdate();
        }
    }

    @Override
    public int insertAll(Iterable<CaseRecord> records) throws StoreException {
        checkOpen();
        synchronized (writeLock) {
            BulkInsert bulk = null;
            try (Connection c = database.connect()) {
                c.setAutoCommit(false);
                bulk = new BulkInsert(c, Instant.now().truncatedTo(ChronoUnit.MILLIS));
                try {
                    bulk.insert(records.iterator());
                    c.commit();
                    return bulk.count;
                } catch (StoreException | SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (StoreException e) {
                throw new StoreException(batchMessage(bulk.count, bulk.current, e.getMessage()), e);
            } catch (SQLException e) {
                throw bulkFailure(bulk, e);
            }
        }
    }

    /**
     * The batch message for a failed bulk insert, naming the case that caused it: Derby inserts each row
     * as it pulls it from the table function, so the case pulled last is the one that failed.
     */
    private StoreException bulkFailure(BulkInsert bulk, SQLException e) {
        if (bulk == null) {
            return new StoreException(NLS.bind(Messages.saveFailed, e.getMessage()), e);
        }
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof SQLException sql ? sql.getNextException() : null) {
            if (t instanceof RejectedCase rejected) {
                return new StoreException(batchMessage(bulk.count, bulk.current, rejected.getCause().getMessage()), rejected.getCause());
            }
        }
        CaseRecord record = bulk.current;
        String message;
        if (isDuplicateKey(e) && record != null) {
            // The batch is rolled back, so what is stored now tells whether the id was there before.
            boolean stored;
            try {
                stored = find(record.municipality(), record.formId(), record.caseId()).isPresent();
            } catch (StoreException lookup) {
                stored = false;
            }
            message = NLS.bind(stored ? Messages.duplicateCase : Messages.duplicateInBatch,
                    new Object[] { record.caseId(), record.municipality(), record.formId() });
        } else {
            message = NLS.bind(Messages.saveFailed, e.getMessage());
        }
        return new StoreException(batchMessage(bulk.count, record, message), e);
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (DUPLICATE_KEY.equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String batchMessage(int number, CaseRecord record, String message) {
        return NLS.bind(Messages.batchFailed, new Object[] { number, record == null ? "" : record.caseId(), message });
    }

    /** Carries a case the store refused out of the table function, through Derby, to the bulk insert. */
    private static final class RejectedCase extends RuntimeException {
        RejectedCase(StoreException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized StoreException getCause() {
            return (StoreException) super.getCause();
        }
    }

    /** One case made ready for the table on the preparing thread, or why it could not be. */
    private record Prepared(int number, CaseRecord record, FormTable table, int municipality, long key, Object[] values,
            List<Object[]> sideRows, Exception failure) {
    }

    /** Marks the end of the cases. */
    private static final Prepared END = new Prepared(0, null, null, 0, 0, null, null, null);

    /**
     * One bulk insert: for each run of consecutive cases of one form version, one
     * {@code INSERT ... SELECT} from the version's table function ({@link RowSource}), then the side
     * table's codes; the whole batch is committed once. Each table is locked for the transaction when
     * first used, so the insert takes no lock per row.
     * <p>
     * The cases are iterated, checked and turned into rows on a second thread while Derby inserts the
     * rows before them on this one: on a machine with two cores the insert then no longer waits for the
     * importer's parsing and the store's checks. What needs the connection (the check against the
     * form's other versions) stays on this thread, inside the statement.
     */
    private final class BulkInsert {
        private static final int QUEUE = 4096;

        private final Connection c;
        private final Instant now;
        private final Set<FormTable> locked = new HashSet<>();
        /** The tables of each form met, for forms with several version tables. */
        private final Map<String, List<TableRef>> refsByForm = new HashMap<>();
        /** For forms with several version tables, per table id: the keys stored before this batch. */
        private final Map<Integer, KeyHashes> storedBefore = new HashMap<>();
        /** For forms with several version tables, per table id: the keys this batch has put in. */
        private final Map<Integer, KeyHashes> added = new HashMap<>();
        private final BlockingQueue<Prepared> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean cancelled;
        private Thread preparer;
        int count;
        CaseRecord current;
        private Prepared peeked;

        BulkInsert(Connection c, Instant now) {
            this.c = c;
            this.now = now;
        }

        void insert(Iterator<CaseRecord> records) throws StoreException, SQLException {
            preparer = new Thread(() -> prepare(records), "isu-store-bulk-insert");
            preparer.setDaemon(true);
            preparer.start();
            try {
                peeked = take();
                while (peeked != END) {
                    if (peeked.failure() != null) {
                        count = peeked.number();
                        current = peeked.record();
                        rethrow(peeked.failure());
                    }
                    insertRun(peeked.table());
                }
            } finally {
                cancelled = true;
                queue.clear();
                stopPreparer();
            }
        }

        /**
         * Waits for the preparing thread to stop, so that the caller's iterator is no longer in use when
         * the insert returns; an iterator that waits for something is interrupted.
         */
        private void stopPreparer() {
            if (preparer.isAlive()) {
                preparer.interrupt();
            }
            boolean interrupted = false;
            while (true) {
                try {
                    preparer.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private static void rethrow(Exception failure) throws StoreException {
            if (failure instanceof StoreException e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }

        /** The preparing thread: checks each case against its form version and makes its row. */
        private void prepare(Iterator<CaseRecord> records) {
            int number = 0;
            try {
                while (!cancelled && records.hasNext()) {
                    CaseRecord record = records.next();
                    number++;
                    Prepared prepared;
                    try {
                        prepared = prepared(number, record);
                    } catch (StoreException e) {
                        put(new Prepared(number, record, null, 0, 0, null, null, e));
                        return;
                    }
                    put(prepared);
                }
                put(END);
            } catch (RuntimeException e) {
                // A failure of the caller's iterator ends the batch as any other failure does.
                put(new Prepared(number + 1, null, null, 0, 0, null, null, e));
            }
        }

        private void put(Prepared prepared) {
            try {
                while (!cancelled && !queue.offer(prepared, 100, TimeUnit.MILLISECONDS)) {
                    // wait for room, or for the insert to give up
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Prepared take() {
            try {
                Prepared next;
                while ((next = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                    if (!preparer.isAlive() && queue.isEmpty()) {
                        throw new IllegalStateException("the cases stopped coming without an end");
                    }
                }
                return next;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Prepared prepared(int number, CaseRecord record) throws StoreException {
            FormTable table = table(record.formId(), record.formVersion());
            int municipality = municipalityId(record.municipality());
            Row row = codec.encode(table, municipality, record);
            Object[] answers = row.values();
            Object[] values = new Object[FormTable.HEADER.length + answers.length];
            values[0] = municipality;
            values[1] = record.caseId();
            values[2] = record.unit();
            values[3] = record.draft();
            values[4] = now.toEpochMilli();
            values[5] = values[4];
            System.arraycopy(answers, 0, values, FormTable.HEADER.length, answers.length);
            List<Object[]> sideRows = List.of();
            if (!row.sideCodes().isEmpty()) {
                sideRows = new ArrayList<>();
                for (SideCode code : row.sideCodes()) {
                    sideRows.add(new Object[] { municipality, record.caseId(), code.column().name(), code.code() });
                }
            }
            return new Prepared(number, record, table, municipality, KeyHashes.of(municipality, record.caseId()), values, sideRows,
                    null);
        }

        /** Inserts the cases of {@code table} that come next, up to the first case of another version. */
        private void insertRun(FormTable table) throws SQLException {
            try (Statement s = c.createStatement()) {
                if (locked.add(table)) {
                    s.execute("LOCK TABLE " + table.tableName + " IN EXCLUSIVE MODE");
                    if (table.sideTable != null) {
                        s.execute("LOCK TABLE " + table.sideTable + " IN EXCLUSIVE MODE");
                    }
                }
                List<Object[]> sideRows = new ArrayList<>();
                Iterator<Object[]> rows = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        // A case that failed ends the statement from inside, so that the whole batch goes.
                        return peeked != END && (peeked.failure() != null || peeked.table() == table);
                    }

                    @Override
                    public Object[] next() {
                        Prepared prepared = peeked;
                        count = prepared.number();
                        current = prepared.record();
                        try {
                            if (prepared.failure() != null) {
                                // The preparing thread stopped at this case: nothing follows it.
                                rethrow(prepared.failure());
                            }
                            peeked = take();
                            checkOtherVersions(table, prepared);
                        } catch (StoreException e) {
                            throw new RejectedCase(e);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                        sideRows.addAll(prepared.sideRows());
                        return prepared.values();
                    }
                };
                String token = RowSource.offer(rows);
                try (PreparedStatement insert = c.prepareStatement(bulkInsertSql(table))) {
                    insert.setString(1, token);
                    insert.executeUpdate();
                } finally {
                    RowSource.release(token);
                }
                if (!sideRows.isEmpty()) {
                    try (PreparedStatement side = c.prepareStatement(sideInsertSql(table))) {
                        for (Object[] row : sideRows) {
                            side.setInt(1, (Integer) row[0]);
                            side.setString(2, (String) row[1]);
                            side.setString(3, (String) row[2]);
                            side.setInt(4, (Integer) row[3]);
                            side.addBatch();
                        }
                        side.executeBatch();
                    }
                }
            }
        }

        /**
         * The case id is unique per form, so a case of one version must not exist in another's table.
         * The keys already stored in the form's tables are read once per batch, the first time the form
         * is met, and kept as hashes ({@link KeyHashes}) with those the batch adds; a hash that matches
         * is confirmed in the table before the case is refused. A key twice in one table is left to its
         * primary key.
         */
        private void checkOtherVersions(FormTable table, Prepared prepared) throws StoreException, SQLException {
            String formId = table.version.getFormId();
            List<TableRef> refs = refsByForm.get(formId);
            if (refs == null) {
                refs = refsOf(formId);
                refsByForm.put(formId, refs);
                if (refs.size() > 1) {
                    for (TableRef ref : refs) {
                        storedBefore.put(ref.id(), storedKeys(ref));
                    }
                }
            }
            if (refs.size() < 2) {
                return;
            }
            CaseRecord record = prepared.record();
            long key = prepared.key();
            for (TableRef ref : refs) {
                if (ref.id() == table.id) {
                    continue;
                }
                boolean before = storedBefore.get(ref.id()).contains(key);
                KeyHashes batch = added.get(ref.id());
                if ((before || batch != null && batch.contains(key)) && holds(ref, prepared.municipality(), record.caseId())) {
                    throw new StoreException(NLS.bind(before ? Messages.duplicateCase : Messages.duplicateInBatch,
                            new Object[] { record.caseId(), record.municipality(), record.formId() }));
                }
            }
            added.computeIfAbsent(table.id, id -> new KeyHashes()).add(key);
        }

        private KeyHashes storedKeys(TableRef ref) throws SQLException {
            KeyHashes keys = new KeyHashes();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MUNICIPALITY_ID, CASE_ID FROM " + ref.tableName())) {
                while (rs.next()) {
                    keys.add(KeyHashes.of(rs.getInt(1), rs.getString(2)));
                }
            }
            return keys;
        }

        /** Whether {@code ref}'s table holds the key, as this transaction sees it. */
        private boolean holds(TableRef ref, int municipality, String caseId) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT 1 FROM " + ref.tableName() + " WHERE MUNICIPALITY_ID = ? AND CASE_ID = ?")) {
                p.setInt(1, municipality);
                p.setString(2, caseId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            }
        }
    }

    @Override
    public boolean delete(String municipality, String formId, String caseId) throws StoreException {
        checkOpen();
        Integer id = municipalityIds.get(municipality);
        if (id == null) {
            return false;
        }
        synchronized (writeLock) {
            try (Connection c = database.connect()) {
                int deleted = 0;
                for (TableRef ref : refsOf(formId)) {
                    try (PreparedStatement delete = c.prepareStatement(
                            "DELETE FROM " + ref.tableName() + " WHERE MUNICIPALITY_ID = ? AND CASE_ID = ?")) {
                        delete.setInt(1, id);
                        delete.setString(2, caseId);
                        deleted += delete.executeUpdate();
                    }
                }
                return deleted > 0;
            } catch (SQLException e) {
                throw new StoreException(NLS.bind(Messages.saveFailed, e.getMessage()), e);
            }
        }
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<CaseRecord> find(String municipality, String formId, String caseId) throws StoreException {
        checkOpen();
        Integer id = municipalityIds.get(municipality);
        if (id == null) {
            return Optional.empty();
        }
        String where = " WHERE MUNICIPALITY_ID = " + id + " AND CASE_ID = ?";
        List<CaseRecord> found = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (TableRef ref : refsOf(formId)) {
                read(c, ref, where, List.of(caseId), found::add);
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.readFailed, e.getMessage()), e);
        }
        return found.stream().findFirst();
    }

    @Override
    public List<CaseRecord> find(CaseQuery query) throws StoreException {
        List<CaseRecord> found = new ArrayList<>();
        forEach(query, found::add);
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        found.sort(Comparator.comparing(CaseRecord::formId).thenComparing(CaseRecord::formVersion)
                .thenComparing(CaseRecord::municipality, swedish).thenComparing(CaseRecord::caseId));
        return found;
    }

    @Override
    public void forEach(CaseQuery query, Consumer<? super CaseRecord> action) throws StoreException {
        checkOpen();
        try (Connection c = database.connect()) {
            for (TableRef ref : selectedTables(query)) {
                String where = where(query, ref);
                if (where != null) {
                    read(c, ref, where, List.of(), action);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.readFailed, e.getMessage()), e);
        }
    }

    /** Reads the cases of one table that {@code where} selects ({@code parameters} its string parameters, in order). */
    private void read(Connection c, TableRef ref, String where, List<String> parameters, Consumer<? super CaseRecord> action)
            throws SQLException, StoreException {
        FormTable table = table(ref.formId(), ref.version());
        Map<String, Map<Integer, SortedSet<Integer>>> side = table.sideTable == null ? null
                : readSide(c, table, where, parameters);
        try (PreparedStatement select = c.prepareStatement("SELECT " + table.columnList() + " FROM " + table.tableName + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String municipality = municipalityNames.get(rs.getInt(1));
                    String caseId = rs.getString(2);
                    Map<Integer, SortedSet<Integer>> codes = side == null ? null : side.get(rs.getInt(1) + ":" + caseId);
                    action.accept(new CaseRecord(municipality, rs.getString(3), ref.formId(), ref.version(), caseId,
                            rs.getBoolean(4), codec.decodeAnswers(rs, FormTable.HEADER.length + 1, table, codes),
                            CaseCodec.getInstant(rs, 5), CaseCodec.getInstant(rs, 6)));
                }
            }
        }
    }

    /** The side table's codes of the cases {@code where} selects, by case key and column position. */
    private static Map<String, Map<Integer, SortedSet<Integer>>> readSide(Connection c, FormTable table, String where,
            List<String> parameters) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < table.columns.size(); i++) {
            positions.put(table.columns.get(i).name(), i);
        }
        Map<String, Map<Integer, SortedSet<Integer>>> out = new HashMap<>();
        String sql = "SELECT S.MUNICIPALITY_ID, S.CASE_ID, S.COLUMN_NAME, S.CODE FROM " + table.sideTable + " S WHERE EXISTS ("
                + "SELECT 1 FROM " + table.tableName + where + (where.isEmpty() ? " WHERE " : " AND ")
                + table.tableName + ".MUNICIPALITY_ID = S.MUNICIPALITY_ID AND " + table.tableName + ".CASE_ID = S.CASE_ID)";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Integer position = positions.get(rs.getString(3));
                    if (position != null) {
                        out.computeIfAbsent(rs.getInt(1) + ":" + rs.getString(2), k -> new HashMap<>())
                                .computeIfAbsent(position, k -> new TreeSet<>()).add(rs.getInt(4));
                    }
                }
            }
        }
        return out;
    }

    private List<TableRef> selectedTables(CaseQuery query) {
        List<TableRef> out = new ArrayList<>();
        for (TableRef ref : tables) {
            if ((query.formId() == null || query.formId().equals(ref.formId()))
                    && (query.formVersion() == null || query.formVersion().equals(ref.version()))) {
                out.add(ref);
            }
        }
        return out;
    }

    /**
     * The WHERE clause of {@code query} for one table (empty for every row), or null when the query
     * cannot select any of its rows. Only numbers known to the store enter the SQL text.
     */
    private String where(CaseQuery query, TableRef ref) {
        List<String> conditions = new ArrayList<>();
        if (!query.municipalities().isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (String name : query.municipalities()) {
                Integer id = municipalityIds.get(name);
                if (id != null) {
                    ids.add(id.toString());
                }
            }
            if (ids.isEmpty()) {
                return null;
            }
            conditions.add(ref.tableName() + ".MUNICIPALITY_ID IN (" + String.join(", ", ids) + ")");
        }
        if (!query.closingYears().isEmpty()) {
            if (ref.closingColumn() == null) {
                return null;
            }
            List<String> years = new ArrayList<>();
            new TreeSet<>(query.closingYears()).forEach(y -> years.add(y.toString()));
            conditions.add(ref.tableName() + "." + ref.closingColumn() + " / 10000 IN (" + String.join(", ", years) + ")");
        }
        if (!query.includeDrafts()) {
            conditions.add(ref.tableName() + ".DRAFT = FALSE");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public int count(CaseQuery query) throws StoreException {
        int total = 0;
        for (CaseCount count : counts(query)) {
            total += count.count();
        }
        return total;
    }

    @Override
    public List<CaseCount> counts(CaseQuery query) throws StoreException {
        checkOpen();
        List<CaseCount> out = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (TableRef ref : selectedTables(query)) {
                String where = where(query, ref);
                if (where == null) {
                    continue;
                }
                String year = ref.closingColumn() == null ? "CAST(NULL AS INT)" : ref.closingColumn() + " / 10000";
                try (ResultSet rs = s.executeQuery("SELECT MUNICIPALITY_ID, " + year + ", COUNT(*) FROM " + ref.tableName()
                        + where + " GROUP BY MUNICIPALITY_ID, " + year)) {
                    while (rs.next()) {
                        int y = rs.getInt(2);
                        // wasNull speaks of the column read last: ask before reading another.
                        Integer closingYear = rs.wasNull() ? null : y;
                        out.add(new CaseCount(municipalityNames.get(rs.getInt(1)), closingYear, ref.formId(),
                                ref.version(), rs.getInt(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.readFailed, e.getMessage()), e);
        }
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        out.sort(Comparator.comparing(CaseCount::municipality, swedish)
                .thenComparing(CaseCount::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseCount::formId).thenComparing(CaseCount::formVersion));
        return out;
    }

    @Override
    public CaseColumns readColumns(String formId, String formVersion, CaseQuery query) throws StoreException {
        checkOpen();
        FormTable table = table(formId, formVersion);
        TableRef ref = null;
        for (TableRef t : tables) {
            if (t.id() == table.id) {
                ref = t;
            }
        }
        CaseQuery scoped = query.withFormVersion(formId, formVersion);
        String where = ref == null ? null : where(scoped, ref);
        try (Connection c = database.connect()) {
            // No count first: that would be a second scan of the table. The arrays grow as the rows come.
            return new ColumnReader(table, where == null ? 0 : 1024).read(c, where);
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.readFailed, e.getMessage()), e);
        }
    }

    /** Fills one array per column from one scan of a form version's table, growing them as rows come. */
    private final class ColumnReader {
        private final FormTable table;
        private int size;
        private String[] municipalities;
        private String[] units;
        private String[] caseIds;
        private boolean[] drafts;
        private final Object[] arrays;

        ColumnReader(FormTable table, int size) {
            this.table = table;
            this.size = size;
            municipalities = new String[size];
            units = new String[size];
            caseIds = new String[size];
            drafts = new boolean[size];
            arrays = new Object[table.columns.size()];
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = switch (table.columns.get(i).kind()) {
                    case INTEGER, SINGLE, DATE -> new int[size];
                    case BITS -> new long[size];
                    case SIDE -> new int[size][];
                    case TEXT, COMMENT -> new String[size];
                };
            }
        }

        CaseColumns read(Connection c, String where) throws SQLException {
            int rows = 0;
            Map<String, Integer> rowOfKey = table.sideTable == null ? null : new HashMap<>(Math.max(16, size * 2));
            if (where != null && size > 0) {
                List<Column> columns = table.columns;
                int first = FormTable.HEADER.length + 1;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT " + table.columnList() + " FROM " + table.tableName + where)) {
                    rs.setFetchSize(1000);
                    while (rs.next()) {
                        if (rows == size) {
                            grow();
                        }
                        int municipality = rs.getInt(1);
                        municipalities[rows] = municipalityNames.get(municipality);
                        caseIds[rows] = rs.getString(2);
                        units[rows] = rs.getString(3);
                        drafts[rows] = rs.getBoolean(4);
                        if (rowOfKey != null) {
                            rowOfKey.put(municipality + ":" + caseIds[rows], rows);
                        }
                        for (int i = 0; i < columns.size(); i++) {
                            int index = first + i;
                            Object array = arrays[i];
                            switch (columns.get(i).kind()) {
                                case INTEGER, SINGLE -> {
                                    int value = rs.getInt(index);
                                    ((int[]) array)[rows] = rs.wasNull() ? CaseColumns.MISSING : value;
                                }
                                case DATE -> {
                                    int value = rs.getInt(index);
                                    ((int[]) array)[rows] = rs.wasNull() ? CaseColumns.MISSING : (int) CaseCodec.toDate(value).toEpochDay();
                                }
                                case BITS -> ((long[]) array)[rows] = rs.getLong(index);
                                case SIDE -> {
                                    // filled from the side table below
                                }
                                case TEXT, COMMENT -> ((String[]) array)[rows] = rs.getString(index);
                            }
                        }
                        rows++;
                    }
                }
                if (rowOfKey != null) {
                    readSideColumns(c, rowOfKey);
                }
            }
            Map<String, Object> byVariable = new HashMap<>();
            Map<String, String[]> comments = new HashMap<>();
            for (int i = 0; i < arrays.length; i++) {
                Column column = table.columns.get(i);
                Object array = rows == size ? arrays[i] : truncate(arrays[i], rows);
                if (column.kind() == ColumnKind.COMMENT) {
                    comments.put(CaseColumns.commentKey(column.question().getVariableId(), column.code()), (String[]) array);
                } else {
                    byVariable.put(column.key(), array);
                }
            }
            return new CaseColumns(table.version.getFormId(), table.version.getVersion(), rows,
                    rows == size ? municipalities : Arrays.copyOf(municipalities, rows),
                    rows == size ? units : Arrays.copyOf(units, rows), rows == size ? caseIds : Arrays.copyOf(caseIds, rows),
                    rows == size ? drafts : Arrays.copyOf(drafts, rows), byVariable, comments);
        }

        /** Twice the room in every array. */
        private void grow() {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024L, 2L * size));
            if (capacity <= size) {
                throw new IllegalStateException("more cases than one array holds: " + size);
            }
            municipalities = Arrays.copyOf(municipalities, capacity);
            units = Arrays.copyOf(units, capacity);
            caseIds = Arrays.copyOf(caseIds, capacity);
            drafts = Arrays.copyOf(drafts, capacity);
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = switch (arrays[i]) {
                    case int[] a -> Arrays.copyOf(a, capacity);
                    case long[] a -> Arrays.copyOf(a, capacity);
                    case int[][] a -> Arrays.copyOf(a, capacity);
                    case String[] a -> Arrays.copyOf(a, capacity);
                    default -> throw new IllegalStateException(arrays[i].getClass().getName());
                };
            }
            size = capacity;
        }

        private void readSideColumns(Connection c, Map<String, Integer> rowOfKey) throws SQLException {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < table.columns.size(); i++) {
                positions.put(table.columns.get(i).name(), i);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MUNICIPALITY_ID, CASE_ID, COLUMN_NAME, CODE FROM " + table.sideTable
                            + " ORDER BY MUNICIPALITY_ID, CASE_ID, COLUMN_NAME, CODE")) {
                while (rs.next()) {
                    Integer row = rowOfKey.get(rs.getInt(1) + ":" + rs.getString(2));
                    Integer position = positions.get(rs.getString(3));
                    if (row != null && position != null) {
                        int[][] codes = (int[][]) arrays[position];
                        int[] before = codes[row];
                        int[] after = before == null ? new int[1] : Arrays.copyOf(before, before.length + 1);
                        after[after.length - 1] = rs.getInt(4);
                        codes[row] = after;
                    }
                }
            }
        }

        private static Object truncate(Object array, int rows) {
            return switch (array) {
                case int[] a -> Arrays.copyOf(a, rows);
                case long[] a -> Arrays.copyOf(a, rows);
                case int[][] a -> Arrays.copyOf(a, rows);
                case String[] a -> Arrays.copyOf(a, rows);
                default -> throw new IllegalStateException(array.getClass().getName());
            };
        }
    }

    // ---------------------------------------------------------------- life

    private void checkOpen() throws StoreException {
        if (closed) {
            throw new StoreException(Messages.storeClosed);
        }
    }

    /** The database, for tests that look at the tables themselves. */
    DerbyDatabase database() {
        return database;
    }

    /** The folder the database lives in. */
    public Path folder() {
        return database.directory().getParent();
    }

    @Override
    public void close() throws StoreException {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                database.close();
            } catch (SQLException e) {
                throw new StoreException(NLS.bind(Messages.saveFailed, e.getMessage()), e);
            }
        }
    }

    /** The population figures, in a table of their own in this store's database; closed with the store. */
    public se.isu.store.population.PopulationStore population() {
        return new se.isu.store.population.PopulationStore(database);
    }
}
