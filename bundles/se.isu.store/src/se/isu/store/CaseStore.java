package se.isu.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import se.isu.forms.FormVersion;

/**
 * Where cases are kept. Every case carries the form version it was recorded with; the store keeps
 * its answers in the layout that version defines. A form version must be {@link #register registered}
 * before its cases are saved or read as records; counts need no registration.
 * <p>
 * Every write is all or nothing: when it fails, nothing of it is stored and a {@link StoreException}
 * says why, in words for the user.
 */
public interface CaseStore extends AutoCloseable {

    /**
     * Makes the store ready for cases of {@code version}: creates its tables when they do not exist,
     * reuses them when they do. Nothing stored for other versions is touched.
     */
    void register(FormVersion version) throws StoreException;

    /** The form versions registered since the store was opened. */
    List<FormVersion> registeredVersions();

    /** The municipalities, by name. */
    List<Municipality> municipalities() throws StoreException;

    /** Adds a municipality to the list. */
    void addMunicipality(Municipality municipality) throws StoreException;

    /**
     * Stores one case: a new one, or in place of the stored case with the same case id, municipality and
     * form (also when that one was recorded with another version of the form); the stored case's
     * creation time is kept.
     */
    SaveOutcome save(CaseRecord record) throws StoreException;

    /**
     * Stores new cases, for importers: all of them, or none when one of them cannot be stored (for
     * example because its case id is already stored).
     * <p>
     * The iterator of {@code records} is not used on the calling thread: the store takes it to a thread
     * of its own, which calls {@code hasNext()} and {@code next()} one case at a time, always from that
     * one thread, while the cases before are written; {@code insertAll} returns only after that thread
     * has stopped using the iterator. An iterator that needs its caller's thread (a display thread, a
     * thread-confined reader) must hand its cases over, for example through a queue. An exception
     * thrown by the iterator ends the batch, and nothing of it is stored.
     *
     * @return the number of cases stored
     */
    int insertAll(Iterable<CaseRecord> records) throws StoreException;

    /**
     * Stores cases like {@link #save} does, all of them or none, for re-imports: a case that is new is
     * added, one that differs from the stored case with its key replaces it, and one that is stored
     * already exactly as given (same form version, draft flag, unit and answers) is left as it is,
     * creation and change times included (a form that keeps multiple-choice codes in a side table has
     * its cases always written). The iterator of {@code records} is used on the calling thread.
     *
     * @return how many cases were created, updated and left unchanged
     */
    ImportResult upsertAll(Iterable<CaseRecord> records) throws StoreException;

    /** The case with this id for a municipality and form, whichever version it was recorded with. */
    Optional<CaseRecord> find(String municipality, String formId, String caseId) throws StoreException;

    /** Removes a case; false when there was none. */
    boolean delete(String municipality, String formId, String caseId) throws StoreException;

    /** The cases the query selects, by form version, municipality and case id. */
    List<CaseRecord> find(CaseQuery query) throws StoreException;

    /** Hands the cases the query selects to {@code action} one at a time, without holding them all. */
    void forEach(CaseQuery query, Consumer<? super CaseRecord> action) throws StoreException;

    /** The number of cases the query selects. */
    int count(CaseQuery query) throws StoreException;

    /** The number of cases per municipality, year of closing and form version, as a navigator lists them. */
    List<CaseCount> counts(CaseQuery query) throws StoreException;

    /**
     * The cases of one form version that the query selects, column by column, for analyses. Use
     * {@link CaseQuery#forAnalysis()} to leave drafts out.
     */
    CaseColumns readColumns(String formId, String formVersion, CaseQuery query) throws StoreException;

    @Override
    void close() throws StoreException;
}
