package se.isu.store.population;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.eclipse.osgi.util.NLS;

import se.isu.store.StoreException;
import se.isu.store.derby.DerbyDatabase;

/**
 * Population figures (aggregate, no person in them) in a table of their own, {@code POPULATION}, in
 * the case store's database. Get one from {@code DerbyCaseStore.population()}: it uses the store's
 * database and is closed with it.
 * <p>
 * Names are compared regardless of case, so "Söderhamn" and "SÖDERHAMN" are one municipality; a
 * figure is stored under the spelling it first came with.
 */
public final class PopulationStore {

    /** SQLState Derby reports when a table to create exists already (made by another store meanwhile). */
    private static final String TABLE_EXISTS = "X0Y32";

    private final DerbyDatabase database;
    private boolean tableReady;

    public PopulationStore(DerbyDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    private synchronized void ensureTable(Connection c) throws SQLException {
        if (tableReady) {
            return;
        }
        try (ResultSet rs = c.getMetaData().getTables(null, null, "POPULATION", null)) {
            if (!rs.next()) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE POPULATION (MUNICIPALITY VARCHAR(" + PopulationFigure.NAME_LENGTH
                            + ") NOT NULL, DISTRICT VARCHAR(" + PopulationFigure.NAME_LENGTH + ") NOT NULL, "
                            + "YR INT NOT NULL, AGE_BAND VARCHAR(20) NOT NULL, PERSONS INT NOT NULL, "
                            + "PRIMARY KEY (MUNICIPALITY, DISTRICT, YR, AGE_BAND))");
                } catch (SQLException e) {
                    if (!TABLE_EXISTS.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
        tableReady = true;
    }

    /**
     * Stores {@code figures} in one transaction: a figure for an area, year and age band already stored
     * replaces the stored number. When one cannot be stored, none is.
     */
    public PopulationResult store(Collection<PopulationFigure> figures) throws StoreException {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        try (Connection c = database.connect()) {
            ensureTable(c);
            c.setAutoCommit(false);
            try (PreparedStatement find = c.prepareStatement("SELECT PERSONS FROM POPULATION WHERE UPPER(MUNICIPALITY) = UPPER(?) "
                    + "AND UPPER(DISTRICT) = UPPER(?) AND YR = ? AND AGE_BAND = ?");
                    PreparedStatement update = c.prepareStatement("UPDATE POPULATION SET PERSONS = ? WHERE UPPER(MUNICIPALITY) = UPPER(?) "
                            + "AND UPPER(DISTRICT) = UPPER(?) AND YR = ? AND AGE_BAND = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO POPULATION VALUES (?, ?, ?, ?, ?)")) {
                for (PopulationFigure figure : figures) {
                    bindKey(find, 1, figure);
                    Integer stored = null;
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) {
                            stored = rs.getInt(1);
                        }
                    }
                    if (stored == null) {
                        insert.setString(1, figure.municipality());
                        insert.setString(2, figure.district());
                        insert.setInt(3, figure.year());
                        insert.setString(4, figure.ageBand());
                        insert.setInt(5, figure.persons());
                        insert.executeUpdate();
                        created++;
                    } else if (stored != figure.persons()) {
                        update.setInt(1, figure.persons());
                        bindKey(update, 2, figure);
                        update.executeUpdate();
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.populationSaveFailed, e.getMessage()), e);
        }
        return new PopulationResult(created, updated, unchanged);
    }

    private static void bindKey(PreparedStatement statement, int first, PopulationFigure figure) throws SQLException {
        statement.setString(first, figure.municipality());
        statement.setString(first + 1, figure.district());
        statement.setInt(first + 2, figure.year());
        statement.setString(first + 3, figure.ageBand());
    }

    /** The population of a municipality as a whole in {@code year} and {@code ageBand} (any spelling of the band). */
    public OptionalInt find(String municipality, int year, String ageBand) throws StoreException {
        return find(municipality, "", year, ageBand);
    }

    /** The population of a city district ({@code district} "" for the whole municipality). */
    public OptionalInt find(String municipality, String district, int year, String ageBand) throws StoreException {
        String band;
        try {
            band = AgeBand.parse(ageBand);
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        try (Connection c = database.connect()) {
            ensureTable(c);
            try (PreparedStatement find = c.prepareStatement("SELECT PERSONS FROM POPULATION WHERE UPPER(MUNICIPALITY) = UPPER(?) "
                    + "AND UPPER(DISTRICT) = UPPER(?) AND YR = ? AND AGE_BAND = ?")) {
                find.setString(1, municipality.strip());
                find.setString(2, district == null ? "" : district.strip());
                find.setInt(3, year);
                find.setString(4, band);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                }
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.populationReadFailed, e.getMessage()), e);
        }
    }

    /** Every stored figure, by municipality, year, age band and district (the whole municipality first). */
    public List<PopulationFigure> list() throws StoreException {
        List<PopulationFigure> figures = new ArrayList<>();
        try (Connection c = database.connect()) {
            ensureTable(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MUNICIPALITY, DISTRICT, YR, AGE_BAND, PERSONS FROM POPULATION")) {
                while (rs.next()) {
                    figures.add(new PopulationFigure(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.populationReadFailed, e.getMessage()), e);
        }
        // Derby orders by code point, which puts Ä before Å; Swedish order is wanted.
        Collator swedish = Collator.getInstance(Locale.of("sv", "SE"));
        figures.sort(Comparator.comparing(PopulationFigure::municipality, swedish).thenComparingInt(PopulationFigure::year)
                .thenComparing(PopulationFigure::ageBand).thenComparing(PopulationFigure::district, swedish));
        return figures;
    }

    /**
     * Children (or whichever band) per 1,000 inhabitants of the band: {@code count} per 1,000 of the
     * stored population, or empty when the store has no figure or it is 0.
     */
    public OptionalDouble ratePerThousand(int count, String municipality, int year, String ageBand) throws StoreException {
        OptionalInt population = find(municipality, year, ageBand);
        if (population.isEmpty() || population.getAsInt() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1000.0 * count / population.getAsInt());
    }
}
