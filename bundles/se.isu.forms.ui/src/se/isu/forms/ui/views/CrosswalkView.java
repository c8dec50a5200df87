package se.isu.forms.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.crosswalk.Crosswalk;
import se.isu.forms.crosswalk.HarmonisedCategory;
import se.isu.forms.crosswalk.HarmonisedCodeList;
import se.isu.forms.crosswalk.MappingKind;
import se.isu.forms.crosswalk.OptionMapping;
import se.isu.forms.crosswalk.QuestionMapping;
import se.isu.forms.crosswalk.CrosswalkPackage;
import se.isu.forms.lifecycle.FormLifecycleException;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.ui.FormsUiPlugin;
import se.isu.forms.ui.internal.FormLabels;
import se.isu.forms.ui.internal.Messages;

/**
 * How the questions and options of one version carry over to the next, and the harmonised code
 * lists that make the versions comparable. A crosswalk of the user's own draft can be corrected here
 * (kind and note) and saved; a contributed one is shown as it is.
 */
public final class CrosswalkView extends ViewPart {

    public static final String ID = "se.isu.forms.ui.views.crosswalk";

    private FormRegistry registry;
    private ComboViewer chooser;
    private Label state;
    private Button save;
    private TableViewer mappings;
    private TableViewer categories;
    private boolean dirty;
    private final Runnable registryListener = this::registryChanged;

    @Override
    public void createPartControl(Composite parent) {
        registry = FormsUiPlugin.getDefault().registry();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(4).applyTo(root);
        new Label(root, SWT.NONE).setText(Messages.crosswalkChoose);
        chooser = new ComboViewer(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setContentProvider(ArrayContentProvider.getInstance());
        chooser.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return FormLabels.crosswalk((Crosswalk) element);
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.getControl());
        state = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
        save = new Button(root, SWT.PUSH);
        save.setText(Messages.crosswalkSave);
        save.addListener(SWT.Selection, e -> save());

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
        mappings = table(sash);
        column(mappings, Messages.crosswalkColumnSource, 230, CrosswalkView::source, null);
        column(mappings, Messages.crosswalkColumnTarget, 230, CrosswalkView::target, null);
        column(mappings, Messages.crosswalkColumnKind, 90, o -> FormLabels.mapping(kind(o)), new KindEditing());
        column(mappings, Messages.crosswalkColumnNote, 300, CrosswalkView::note, new NoteEditing());
        categories = table(sash);
        column(categories, Messages.codeListColumnVariable, 100, o -> ((HarmonisedCodeList) ((EObject) o).eContainer()).getVariableId(), null);
        column(categories, Messages.codeListColumnCode, 45, o -> String.valueOf(((HarmonisedCategory) o).getCode()), null);
        column(categories, Messages.codeListColumnCategory, 200, o -> ((HarmonisedCategory) o).getLabel(), null);
        column(categories, Messages.codeListColumnComparable, 80,
                o -> ((HarmonisedCategory) o).isComparable() ? Messages.yes : Messages.no, null);
        column(categories, Messages.codeListColumnNote, 300, o -> ((HarmonisedCategory) o).getNote(), null);
        sash.setWeights(62, 38);

        chooser.addSelectionChangedListener(e -> showChosen());
        chooser.setInput(registry.crosswalks());
        if (!registry.crosswalks().isEmpty()) {
            chooser.setSelection(new StructuredSelection(registry.crosswalks().get(0)));
        } else {
            state.setText(Messages.crosswalkNone);
        }
        registry.addChangeListener(registryListener);
    }

    private static TableViewer table(Composite parent) {
        TableViewer table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        return table;
    }

    private static void column(TableViewer table, String title, int width, Function<Object, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** Shows {@code crosswalk}, as choosing it in the combo does. */
    public void show(Crosswalk crosswalk) {
        chooser.setSelection(new StructuredSelection(crosswalk));
    }

    public Crosswalk chosen() {
        Object first = ((IStructuredSelection) chooser.getSelection()).getFirstElement();
        return first instanceof Crosswalk c ? c : null;
    }

    private boolean editable() {
        Crosswalk crosswalk = chosen();
        return crosswalk != null && !registry.isContributed(crosswalk);
    }

    private void showChosen() {
        Crosswalk crosswalk = chosen();
        List<EObject> rows = new ArrayList<>();
        List<HarmonisedCategory> codes = new ArrayList<>();
        if (crosswalk != null) {
            for (QuestionMapping mapping : crosswalk.getQuestionMappings()) {
                rows.add(mapping);
                rows.addAll(mapping.getOptionMappings());
            }
            for (HarmonisedCodeList list : crosswalk.getCodeLists()) {
                codes.addAll(list.getCategories());
            }
        }
        mappings.setInput(rows);
        categories.setInput(codes);
        dirty = false;
        state.setText(crosswalk == null ? Messages.crosswalkNone : editable() ? Messages.crosswalkEditable : Messages.crosswalkContributed);
        save.setEnabled(false);
        state.getParent().layout();
    }

    private static String source(Object row) {
        if (row instanceof QuestionMapping q) {
            return q.getSourceQuestion() == null ? "–" : FormLabels.question(q.getSourceQuestion());
        }
        Option option = ((OptionMapping) row).getSourceOption();
        // Options are indented under their question, as the form shows them.
        return "      " + (option == null ? "–" : FormLabels.option(option));
    }

    private static String target(Object row) {
        if (row instanceof QuestionMapping q) {
            Question question = q.getTargetQuestion();
            return question == null ? "–" : FormLabels.question(question);
        }
        List<Option> options = ((OptionMapping) row).getTargetOptions();
        return "      " + (options.isEmpty() ? "–" : options.stream().map(FormLabels::option).collect(Collectors.joining("; ")));
    }

    private static MappingKind kind(Object row) {
        return row instanceof QuestionMapping q ? q.getKind() : ((OptionMapping) row).getKind();
    }

    private static String note(Object row) {
        return row instanceof QuestionMapping q ? q.getNote() : ((OptionMapping) row).getNote();
    }

    /** Changes a mapping of the user's crosswalk; saved with the button. */
    public void change(EObject row, MappingKind kind, String note) {
        if (!editable()) {
            state.setText(Messages.crosswalkContributed);
            return;
        }
        boolean question = row instanceof QuestionMapping;
        if (kind != null) {
            row.eSet(question ? CrosswalkPackage.Literals.QUESTION_MAPPING__KIND : CrosswalkPackage.Literals.OPTION_MAPPING__KIND, kind);
        }
        if (note != null) {
            row.eSet(question ? CrosswalkPackage.Literals.QUESTION_MAPPING__NOTE : CrosswalkPackage.Literals.OPTION_MAPPING__NOTE,
                    note.isEmpty() ? null : note);
        }
        dirty = true;
        save.setEnabled(true);
        mappings.update(row, null);
    }

    /** What the line beside the chooser says: whose crosswalk it is, or that it was saved. */
    public String state() {
        return state.getText();
    }

    public int mappingRowCount() {
        return mappings.getTable().getItemCount();
    }

    public int categoryRowCount() {
        return categories.getTable().getItemCount();
    }

    public boolean isDirty() {
        return dirty;
    }

    public void save() {
        Crosswalk crosswalk = chosen();
        if (crosswalk == null || !dirty) {
            return;
        }
        try {
            registry.saveCrosswalk(crosswalk);
            dirty = false;
            save.setEnabled(false);
            state.setText(NLS.bind(Messages.crosswalkSaved, FormLabels.crosswalk(crosswalk)));
        } catch (FormLifecycleException | IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, e.getMessage());
        }
    }

    private final class KindEditing extends EditingSupport {
        private final String[] names = MappingKind.VALUES.stream().map(FormLabels::mapping).toArray(String[]::new);

        KindEditing() {
            super(mappings);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(mappings.getTable(), names, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return editable();
        }

        @Override
        protected Object getValue(Object element) {
            return MappingKind.VALUES.indexOf(kind(element));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0 && MappingKind.VALUES.get(index) != kind(element)) {
                change((EObject) element, MappingKind.VALUES.get(index), null);
            }
        }
    }

    private final class NoteEditing extends EditingSupport {
        NoteEditing() {
            super(mappings);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(mappings.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return editable();
        }

        @Override
        protected Object getValue(Object element) {
            String note = note(element);
            return note == null ? "" : note;
        }

        @Override
        protected void setValue(Object element, Object value) {
            String note = (String) value;
            String before = note(element);
            if (!note.equals(before == null ? "" : before)) {
                change((EObject) element, null, note);
            }
        }
    }

    private void registryChanged() {
        if (chooser != null && !chooser.getControl().isDisposed()) {
            Crosswalk chosen = chosen();
            chooser.setInput(registry.crosswalks());
            // A draft's crosswalk follows the draft when it is saved; keep showing the one the user chose.
            if (chosen != null && registry.crosswalks().contains(chosen)) {
                if (!dirty) {
                    chooser.setSelection(new StructuredSelection(chosen));
                    showChosen();
                }
            } else if (!registry.crosswalks().isEmpty()) {
                chooser.setSelection(new StructuredSelection(registry.crosswalks().get(0)));
            }
        }
    }

    @Override
    public void setFocus() {
        mappings.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (registry != null) {
            registry.removeChangeListener(registryListener);
        }
        super.dispose();
    }
}
