package se.isu.analysis.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import se.isu.analysis.dataset.Dataset;
import se.isu.analysis.dataset.DatasetFilter;
import se.isu.analysis.dataset.HarmonisedCategoryInfo;
import se.isu.analysis.ui.AnalysisSelection;
import se.isu.analysis.ui.AnalysisSelection.Compare;
import se.isu.analysis.ui.AnalysisUiPlugin;
import se.isu.analysis.ui.internal.Messages;

/**
 * The filter bar: municipalities, closing years, form versions, sex and age band, and how to compare
 * municipalities. It edits the one {@link AnalysisSelection} every result view computes with; nothing
 * checked in a list means all. The choices are the ones in the dataset, read in a job.
 */
public final class FilterView extends ViewPart {

    public static final String ID = "se.isu.analysis.ui.views.filter";

    /** The oldest age offered in the age band. */
    private static final int MAX_AGE = 21;

    private Table municipalities;
    private Table years;
    private Table versions;
    private Composite sexes;
    private final List<Button> sexButtons = new ArrayList<>();
    private Combo ageFrom;
    private Combo ageTo;
    private Combo compare;
    private Combo focus;
    private Label status;
    private boolean updating;
    private volatile boolean loading;
    private final Runnable casesListener = () -> Display.getDefault().asyncExec(() -> {
        if (municipalities != null && !municipalities.isDisposed()) {
            loadChoices();
        }
    });
    private long shownGeneration = -1;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 2).applyTo(root);
        municipalities = checkList(root, Messages.filterMunicipalities);
        years = checkList(root, Messages.filterYears);
        versions = checkList(root, Messages.filterVersions);

        Group sexGroup = group(root, Messages.filterSex);
        sexes = new Composite(sexGroup, SWT.NONE);
        sexes.setLayout(new RowLayout(SWT.VERTICAL));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sexes);

        Group ageGroup = group(root, Messages.filterAge);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(ageGroup);
        new Label(ageGroup, SWT.NONE).setText(Messages.filterAgeFrom);
        ageFrom = ageCombo(ageGroup);
        new Label(ageGroup, SWT.NONE).setText(Messages.filterAgeTo);
        ageTo = ageCombo(ageGroup);

        Group compareGroup = group(root, Messages.filterCompare);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(compareGroup);
        compare = new Combo(compareGroup, SWT.READ_ONLY);
        compare.setItems(Messages.compareNone, Messages.compareMunicipalities, Messages.compareOneVsRest);
        compare.select(0);
        compare.addListener(SWT.Selection, e -> apply());
        new Label(compareGroup, SWT.NONE).setText(Messages.filterFocus);
        focus = new Combo(compareGroup, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(focus);
        focus.addListener(SWT.Selection, e -> apply());
        status = new Label(compareGroup, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(status);

        AnalysisUiPlugin.getDefault().selection().addListener(casesListener);
        loadChoices();
    }

    @Override
    public void dispose() {
        if (AnalysisUiPlugin.getDefault() != null) {
            AnalysisUiPlugin.getDefault().selection().removeListener(casesListener);
        }
        super.dispose();
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        return group;
    }

    private Table checkList(Composite parent, String title) {
        Group group = group(parent, title);
        Table table = new Table(group, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(120, 70).applyTo(table);
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                apply();
            }
        });
        return table;
    }

    private Combo ageCombo(Composite parent) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        List<String> items = new ArrayList<>();
        items.add(Messages.filterAgeAny);
        for (int age = 0; age <= MAX_AGE; age++) {
            items.add(Integer.toString(age));
        }
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
        combo.addListener(SWT.Selection, e -> apply());
        return combo;
    }

    /** Reads the choices from the dataset in a job, when the cases changed since they were shown. */
    private void loadChoices() {
        AnalysisUiPlugin plugin = AnalysisUiPlugin.getDefault();
        if (loading || plugin.hasDataset() && plugin.datasetGeneration() == shownGeneration) {
            return;
        }
        loading = true;
        Display display = municipalities.getDisplay();
        Job job = new Job(Messages.jobFilterChoices) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Dataset dataset = plugin.dataset(monitor);
                    long generation = plugin.datasetGeneration();
                    display.asyncExec(() -> {
                        loading = false;
                        if (!municipalities.isDisposed()) {
                            shownGeneration = generation;
                            showChoices(dataset);
                        }
                    });
                } catch (Exception e) {
                    display.asyncExec(() -> {
                        loading = false;
                        if (!status.isDisposed()) {
                            status.setText(e.getMessage());
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void showChoices(Dataset dataset) {
        TreeSet<String> names = new TreeSet<>();
        TreeSet<Integer> closingYears = new TreeSet<>();
        TreeSet<Integer> sexCodes = new TreeSet<>();
        int[] sex = dataset.hasInts(dataset.roles().sexVariable()) ? dataset.ints(dataset.roles().sexVariable()) : null;
        for (int row = 0; row < dataset.size(); row++) {
            names.add(dataset.municipality(row));
            if (dataset.closingYear(row) != Dataset.MISSING) {
                closingYears.add(dataset.closingYear(row));
            }
            if (sex != null && sex[row] != Dataset.MISSING) {
                sexCodes.add(sex[row]);
            }
        }
        AnalysisSelection selection = AnalysisUiPlugin.getDefault().selection();
        DatasetFilter filter = selection.filter();
        updating = true;
        try {
            fill(municipalities, new ArrayList<>(names), filter.municipalities());
            fill(years, closingYears.stream().map(String::valueOf).toList(),
                    filter.closingYears().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()));
            fill(versions, dataset.versions(), filter.formVersions());
            for (Button button : sexButtons) {
                button.dispose();
            }
            sexButtons.clear();
            TreeMap<Integer, String> sexLabels = new TreeMap<>();
            for (int code : sexCodes) {
                HarmonisedCategoryInfo info = dataset.category(dataset.roles().sexVariable(), code);
                sexLabels.put(code, info == null ? Integer.toString(code) : info.label());
            }
            sexLabels.forEach((code, label) -> {
                Button button = new Button(sexes, SWT.CHECK);
                button.setText(label);
                button.setData(code);
                button.setSelection(filter.sexes().contains(code));
                button.addListener(SWT.Selection, e -> apply());
                sexButtons.add(button);
            });
            String focused = focus.getText();
            focus.setItems(names.toArray(String[]::new));
            if (selection.focus() != null && names.contains(selection.focus())) {
                focus.setText(selection.focus());
            } else if (!focused.isEmpty() && names.contains(focused)) {
                focus.setText(focused);
            } else if (!names.isEmpty()) {
                focus.select(0);
            }
            status.setText(NLS.bind(Messages.filterCases, dataset.size()));
        } finally {
            updating = false;
        }
        municipalities.getParent().getParent().layout(true, true);
    }

    private static void fill(Table table, List<String> items, Set<String> checked) {
        table.removeAll();
        for (String item : items) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(item);
            row.setChecked(checked.contains(item));
        }
    }

    private static List<String> checked(Table table) {
        List<String> checked = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                checked.add(item.getText());
            }
        }
        return checked;
    }

    /** Hands what is checked and chosen to the selection, which tells the result views. */
    void apply() {
        if (updating) {
            return;
        }
        DatasetFilter filter = DatasetFilter.all().withMunicipalities(checked(municipalities))
                .withClosingYears(checked(years).stream().map(Integer::valueOf).toList())
                .withFormVersions(checked(versions))
                .withSexes(sexButtons.stream().filter(Button::getSelection).map(b -> (Integer) b.getData()).toList())
                .withAgeBand(age(ageFrom), age(ageTo));
        Compare mode = switch (compare.getSelectionIndex()) {
            case 1 -> Compare.MUNICIPALITIES;
            case 2 -> Compare.ONE_VS_REST;
            default -> Compare.NONE;
        };
        focus.setEnabled(mode == Compare.ONE_VS_REST);
        AnalysisSelection selection = AnalysisUiPlugin.getDefault().selection();
        String focused = focus.getText().isEmpty() ? null : focus.getText();
        updating = true;
        try {
            selection.setCompare(mode, focused);
            selection.setFilter(filter);
        } finally {
            updating = false;
        }
    }

    private static Integer age(Combo combo) {
        return combo.getSelectionIndex() <= 0 ? null : combo.getSelectionIndex() - 1;
    }

    // The lists and choices, for the tests, which use them as the user does.

    public Table municipalities() {
        return municipalities;
    }

    public Table years() {
        return years;
    }

    public Table versions() {
        return versions;
    }

    public List<Button> sexButtons() {
        return List.copyOf(sexButtons);
    }

    public Combo ageFrom() {
        return ageFrom;
    }

    public Combo ageTo() {
        return ageTo;
    }

    public Combo compare() {
        return compare;
    }

    public Combo focus() {
        return focus;
    }

    /** Whether the choices are being read from the dataset. */
    public boolean isLoading() {
        return loading;
    }

    @Override
    public void setFocus() {
        municipalities.setFocus();
    }
}
