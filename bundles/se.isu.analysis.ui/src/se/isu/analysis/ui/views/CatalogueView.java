package se.isu.analysis.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import se.isu.analysis.AnalysisDescriptor;
import se.isu.analysis.ui.AnalysisUiPlugin;
import se.isu.analysis.ui.internal.Messages;

/**
 * The catalogue of the registered analyses, grouped by category, with the description of the one
 * selected; opening one shows its result view.
 */
public final class CatalogueView extends ViewPart {

    public static final String ID = "se.isu.analysis.ui.views.catalogue";

    /** A category of analyses. */
    public record Category(String name, List<AnalysisDescriptor> analyses) {
    }

    private TreeViewer viewer;
    private Label description;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(root);
        viewer = new TreeViewer(root, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        description = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(description);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return categories().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Category category ? category.analyses().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Category;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Category category ? category.name()
                        : ((AnalysisDescriptor) element).name();
            }
        });
        viewer.addSelectionChangedListener(e -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            description.setText(selected instanceof AnalysisDescriptor analysis ? describe(analysis) : "");
            description.getParent().layout(true);
        });
        viewer.addDoubleClickListener(e -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (selected instanceof AnalysisDescriptor analysis) {
                open(analysis);
            } else if (selected != null) {
                viewer.setExpandedState(selected, !viewer.getExpandedState(selected));
            }
        });
        viewer.setInput(this);
        viewer.expandAll();
    }

    /** The analyses by category, in the registry's order. */
    public static List<Category> categories() {
        Map<String, List<AnalysisDescriptor>> byCategory = new LinkedHashMap<>();
        for (AnalysisDescriptor analysis : AnalysisUiPlugin.getDefault().analyses().analyses()) {
            byCategory.computeIfAbsent(analysis.category(), k -> new ArrayList<>()).add(analysis);
        }
        return byCategory.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue())).toList();
    }

    private static String describe(AnalysisDescriptor analysis) {
        return AnalysisUiPlugin.getDefault().outputs().description(analysis.id()).orElse(Messages.noDescription);
    }

    /** Opens the result view of the analysis. */
    public ResultView open(AnalysisDescriptor analysis) {
        try {
            return ResultView.open(getSite().getPage(), analysis.id());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), analysis.name(), e.getMessage());
            return null;
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
