package se.isu.forms.ui.editors;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.Section;
import se.isu.forms.ui.internal.FormLabels;

/**
 * JFace providers over the EMF edit item providers (EMF's own viewer adapters live in a bundle this
 * product cannot get): the tree's structure comes from the item providers' children, its labels from
 * their texts, with the form's own wording for sections, questions and options.
 */
final class ItemProviders {

    private ItemProviders() {
    }

    static final class Content implements ITreeContentProvider {
        private final AdapterFactory adapterFactory;

        Content(AdapterFactory adapterFactory) {
            this.adapterFactory = adapterFactory;
        }

        private ITreeItemContentProvider provider(Object element) {
            Object adapter = adapterFactory.adapt(element, ITreeItemContentProvider.class);
            return adapter instanceof ITreeItemContentProvider p ? p : null;
        }

        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider provider = provider(parent);
            if (provider == null) {
                return new Object[0];
            }
            Collection<?> children = provider.getChildren(parent);
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider == null ? null : provider.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider != null && provider.hasChildren(element);
        }
    }

    static final class Labels extends ColumnLabelProvider {
        private final AdapterFactory adapterFactory;

        Labels(AdapterFactory adapterFactory) {
            this.adapterFactory = adapterFactory;
        }

        @Override
        public String getText(Object element) {
            if (element instanceof Option option) {
                return FormLabels.option(option);
            }
            if (element instanceof Question question) {
                return FormLabels.question(question);
            }
            if (element instanceof Section section && section.getTitle() != null && !section.getTitle().isBlank()) {
                return section.getTitle();
            }
            Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
            return adapter instanceof IItemLabelProvider p ? p.getText(element) : String.valueOf(element);
        }

        @Override
        public Color getForeground(Object element) {
            boolean retired = element instanceof Option o && o.isRetired() || element instanceof Question q && q.isRetired();
            return retired ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
        }
    }
}
