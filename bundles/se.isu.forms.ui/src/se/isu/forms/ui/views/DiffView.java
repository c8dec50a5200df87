package se.isu.forms.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.diff.FormChange;
import se.isu.forms.diff.FormDiff;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.forms.ui.internal.FormLabels;
import se.isu.forms.ui.internal.Messages;

/**
 * What changed from one version of a form to another, each change with what documents it: a change
 * note, an assumption (shown in italics and colour, since the sources are silent there), or nothing.
 * The registered crosswalk between the two versions adds its word on each change.
 */
public final class DiffView extends ViewPart {

    public static final String ID = "se.isu.forms.ui.views.diff";

    private FormRegistry registry;
    private LocalResourceManager resources;
    private ComboViewer form;
    private ComboViewer from;
    private ComboViewer to;
    private Label summary;
    private TableViewer table;
    private Font italic;
    private Color assumedColour;
    private Color undocumentedColour;
    private final Runnable registryListener = this::registryChanged;

    @Override
    public void createPartControl(Composite parent) {
        registry = FormsUiPlugin.getDefault().registry();
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        italic = resources.create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.ITALIC));
        assumedColour = resources.createColor(new RGB(0xA0, 0x50, 0x00));
        undocumentedColour = resources.createColor(new RGB(0xB0, 0x00, 0x20));

        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(6).applyTo(root);
        form = combo(root, Messages.diffForm, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return FormLabels.form((FormDefinition) element);
            }
        });
        LabelProvider versions = new LabelProvider() {
            @Override
            public String getText(Object element) {
                return FormLabels.version((FormVersion) element);
            }
        };
        from = combo(root, Messages.diffFrom, versions);
        to = combo(root, Messages.diffTo, versions);
        form.addSelectionChangedListener(e -> formChosen());
        from.addSelectionChangedListener(e -> compare());
        to.addSelectionChangedListener(e -> compare());

        summary = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(summary);

        table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        column(Messages.diffColumnKind, 80, c -> FormLabels.kind(c.kind()));
        column(Messages.diffColumnSubject, 125, c -> FormLabels.subject(c.subject()));
        column(Messages.diffColumnVariable, 120, FormChange::variableId);
        column(Messages.diffColumnCode, 40, c -> c.code() == null ? "" : String.valueOf(c.code()));
        column(Messages.diffColumnProperty, 95, c -> FormLabels.property(c.property()));
        column(Messages.diffColumnBefore, 190, FormChange::before);
        column(Messages.diffColumnAfter, 190, FormChange::after);
        column(Messages.diffColumnBasis, 110, c -> FormLabels.basis(c.basis()));
        column(Messages.diffColumnNote, 240, c -> FormLabels.crosswalkNote(c));

        form.setInput(registry.definitions());
        if (!registry.definitions().isEmpty()) {
            form.setSelection(new StructuredSelection(registry.definitions().get(0)));
        }
        registry.addChangeListener(registryListener);
    }

    private ComboViewer combo(Composite parent, String label, LabelProvider labels) {
        new Label(parent, SWT.NONE).setText(label);
        ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setContentProvider(ArrayContentProvider.getInstance());
        combo.setLabelProvider(labels);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo.getControl());
        return combo;
    }

    private void column(String title, int width, Function<FormChange, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((FormChange) element);
                return value == null ? "" : value.replace('\n', ' ');
            }

            @Override
            public String getToolTipText(Object element) {
                FormChange change = (FormChange) element;
                return change.basisText();
            }

            @Override
            public Font getFont(Object element) {
                return ((FormChange) element).basis() == FormChange.Basis.ASSUMED ? italic : null;
            }

            @Override
            public Color getForeground(Object element) {
                return switch (((FormChange) element).basis()) {
                    case ASSUMED -> assumedColour;
                    case UNDOCUMENTED -> undocumentedColour;
                    case DOCUMENTED -> null;
                };
            }
        });
    }

    private static <T> T chosen(ComboViewer combo, Class<T> type) {
        Object first = ((IStructuredSelection) combo.getSelection()).getFirstElement();
        return type.isInstance(first) ? type.cast(first) : null;
    }

    private void formChosen() {
        FormDefinition definition = chosen(form, FormDefinition.class);
        List<FormVersion> list = definition == null ? new ArrayList<>() : new ArrayList<>(definition.getVersions());
        FormVersion older = chosen(from, FormVersion.class);
        FormVersion newer = chosen(to, FormVersion.class);
        from.setInput(list);
        to.setInput(list);
        if (list.size() >= 2) {
            from.setSelection(new StructuredSelection(list.contains(older) ? older : list.get(list.size() - 2)));
            to.setSelection(new StructuredSelection(list.contains(newer) ? newer : list.get(list.size() - 1)));
        }
        compare();
    }

    /** Compares {@code older} with {@code newer}, choosing them in the combos. */
    public void show(FormVersion older, FormVersion newer) {
        registry.definitions().stream().filter(d -> d.getId().equals(newer.getFormId())).findFirst()
                .ifPresent(d -> form.setSelection(new StructuredSelection(d)));
        from.setSelection(new StructuredSelection(older));
        to.setSelection(new StructuredSelection(newer));
        compare();
    }

    /** The changes the table shows now, in its order. */
    public List<FormChange> changes() {
        Object input = table.getInput();
        return input instanceof List<?> list ? list.stream().map(FormChange.class::cast).toList() : List.of();
    }

    /** The text of a row's cells, as the user reads them. */
    public List<String> row(int index) {
        var item = table.getTable().getItem(index);
        return java.util.stream.IntStream.range(0, table.getTable().getColumnCount()).mapToObj(item::getText).toList();
    }

    public int rowCount() {
        return table.getTable().getItemCount();
    }

    private void compare() {
        if (table == null) {
            return;
        }
        FormVersion older = chosen(from, FormVersion.class);
        FormVersion newer = chosen(to, FormVersion.class);
        if (older == null || newer == null || older == newer) {
            table.setInput(List.of());
            summary.setText(Messages.diffSameVersion);
            return;
        }
        Crosswalk crosswalk = registry.crosswalk(older, newer).orElse(null);
        List<FormChange> changes = FormDiff.compare(older, newer, crosswalk);
        table.setInput(changes);
        long assumed = changes.stream().filter(c -> c.basis() == FormChange.Basis.ASSUMED).count();
        long undocumented = changes.stream().filter(c -> c.basis() == FormChange.Basis.UNDOCUMENTED).count();
        summary.setText(NLS.bind(Messages.diffSummary, new Object[] { changes.size(), assumed, undocumented,
                crosswalk == null ? Messages.diffNoCrosswalk : FormLabels.crosswalk(crosswalk) }));
        summary.getParent().layout();
    }

    private void registryChanged() {
        if (form != null && !form.getControl().isDisposed()) {
            FormDefinition chosen = chosen(form, FormDefinition.class);
            form.setInput(registry.definitions());
            registry.definitions().stream().filter(d -> chosen != null && d.getId().equals(chosen.getId())).findFirst()
                    .or(() -> registry.definitions().stream().findFirst())
                    .ifPresent(d -> form.setSelection(new StructuredSelection(d)));
            formChosen();
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (registry != null) {
            registry.removeChangeListener(registryListener);
        }
        super.dispose();
    }
}
