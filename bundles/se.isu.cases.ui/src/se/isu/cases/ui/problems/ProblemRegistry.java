package se.isu.cases.ui.problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import se.isu.cases.ui.editors.CaseEditor;

/**
 * The problems of the cases open in editors, as each editor last published them. Editors publish on
 * every check (as the registrar types, and after a save) and withdraw when they close; views listen.
 * Used from the UI thread only, where editors validate.
 */
public final class ProblemRegistry {

    private final Map<CaseEditor, CaseProblems> open = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Records what {@code problems.editor()} found now, in place of what it found before. */
    public void publish(CaseProblems problems) {
        if (problems.editor() == null) {
            throw new IllegalArgumentException("only an editor publishes its problems");
        }
        open.put(problems.editor(), problems);
        listeners.forEach(Runnable::run);
    }

    /** Forgets a closed editor's problems; does nothing for an editor that never published. */
    public void withdraw(CaseEditor editor) {
        if (open.remove(editor) != null) {
            listeners.forEach(Runnable::run);
        }
    }

    /** The open cases' problems, in the order their editors first published. */
    public List<CaseProblems> openCases() {
        return new ArrayList<>(open.values());
    }

    /** Runs {@code listener} in the UI thread after every publish or withdrawal. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
