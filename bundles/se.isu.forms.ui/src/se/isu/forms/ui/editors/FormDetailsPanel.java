package se.isu.forms.ui.editors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.layout.GridLayout;

import se.isu.forms.FormsPackage;
import se.isu.forms.ui.internal.Messages;

/**
 * The fields of the element selected in the form editor, one per property descriptor of its item
 * provider, labelled as the edit bundle labels them. A field commits when the user leaves it (or
 * presses Enter in a one-line field), through the editor, so that every change is an undoable command.
 */
final class FormDetailsPanel {

    /** Set by the lifecycle, never typed: status, dates, digest, and the names the files are known by. */
    private static final Set<EStructuralFeature> LIFECYCLE = Set.of(
            FormsPackage.Literals.FORM_VERSION__FORM_ID,
            FormsPackage.Literals.FORM_VERSION__VERSION,
            FormsPackage.Literals.FORM_VERSION__STATUS,
            FormsPackage.Literals.FORM_VERSION__VALID_FROM,
            FormsPackage.Literals.FORM_VERSION__PUBLISHED_DIGEST);

    /** Texts users write paragraphs in. */
    private static final Set<EStructuralFeature> LONG_TEXTS = Set.of(
            FormsPackage.Literals.QUESTION__TEXT,
            FormsPackage.Literals.QUESTION__HELP_TEXT,
            FormsPackage.Literals.OPTION__DEFINITION,
            FormsPackage.Literals.CHANGE_NOTE__TEXT,
            FormsPackage.Literals.RULE__MESSAGE,
            FormsPackage.Literals.DERIVED_VARIABLE__DEFINITION);

    private final FormEditor editor;
    private final AdapterFactory adapterFactory;
    private final ScrolledComposite scroller;
    private final Composite fields;
    private final Map<EStructuralFeature, Control> controls = new LinkedHashMap<>();
    private EObject element;

    FormDetailsPanel(Composite parent, FormEditor editor, AdapterFactory adapterFactory) {
        this.editor = editor;
        this.adapterFactory = adapterFactory;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        fields = new Composite(scroller, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        scroller.setContent(fields);
        show(null);
    }

    Control control() {
        return scroller;
    }

    EObject element() {
        return element;
    }

    /** The field of {@code feature} for the element shown, or null; the tests type into it. */
    Control field(EStructuralFeature feature) {
        return controls.get(feature);
    }

    /** Shows the fields of {@code shown} (none for null), with the values it has now. */
    void show(EObject shown) {
        element = shown;
        controls.clear();
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        IItemPropertySource source = shown == null ? null
                : (IItemPropertySource) adapterFactory.adapt(shown, IItemPropertySource.class);
        List<IItemPropertyDescriptor> descriptors = source == null ? List.of() : source.getPropertyDescriptors(shown);
        if (descriptors.isEmpty()) {
            Label none = new Label(fields, SWT.WRAP);
            none.setText(Messages.detailsNone);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(none);
        }
        for (IItemPropertyDescriptor descriptor : descriptors) {
            if (descriptor.getFeature(shown) instanceof EStructuralFeature feature) {
                addField(shown, descriptor, feature);
            }
        }
        fields.layout(true, true);
        scroller.setMinSize(fields.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Puts the model's current values back into the fields, after an undo for example. */
    void refresh() {
        // An undone addition leaves its element outside the version: there is nothing left to show.
        show(element != null && element.eResource() == null ? null : element);
    }

    private void addField(EObject shown, IItemPropertyDescriptor descriptor, EStructuralFeature feature) {
        Label label = new Label(fields, SWT.NONE);
        label.setText(descriptor.getDisplayName(shown));
        label.setToolTipText(descriptor.getDescription(shown));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);

        Object value = shown.eGet(feature);
        boolean editable = editor.isEditable() && descriptor.canSetProperty(shown) && feature instanceof EAttribute
                && !feature.isMany() && !LIFECYCLE.contains(feature) && !(feature.getEType() instanceof EEnum)
                && isTypable(feature);
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            Button check = new Button(fields, SWT.CHECK);
            check.setSelection(Boolean.TRUE.equals(value));
            check.setEnabled(editable);
            check.addListener(SWT.Selection, e -> editor.set(shown, feature, check.getSelection()));
            controls.put(feature, check);
            return;
        }
        boolean multiLine = LONG_TEXTS.contains(feature) || descriptor.isMultiLine(shown);
        int style = SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | (editable ? 0 : SWT.READ_ONLY);
        Text text = new Text(fields, style);
        text.setText(editable ? typed(value) : shownValue(descriptor, shown, value));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
        controls.put(feature, text);
        Runnable commit = () -> commit(shown, descriptor, feature, text);
        text.addListener(SWT.FocusOut, e -> commit.run());
        if (!multiLine) {
            text.addListener(SWT.DefaultSelection, e -> commit.run());
        }
    }

    private static boolean isTypable(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == String.class || type == boolean.class || type == Boolean.class || isInteger(feature);
    }

    private static boolean isInteger(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == int.class || type == Integer.class
                || feature.getEType() == EcorePackage.Literals.EINT || feature.getEType() == EcorePackage.Literals.EINTEGER_OBJECT;
    }

    private static String typed(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String shownValue(IItemPropertyDescriptor descriptor, EObject shown, Object value) {
        if (value == null) {
            return "";
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(shown);
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(v -> labels.getText(v)).toList());
        }
        return labels.getText(value);
    }

    /** Turns what was typed into the feature's value and hands it to the editor as a command. */
    private void commit(EObject shown, IItemPropertyDescriptor descriptor, EStructuralFeature feature, Text text) {
        if (text.isDisposed()) {
            return;
        }
        Object current = shown.eGet(feature);
        String typed = text.getText();
        if (!text.getEditable()) {
            String shownText = shownValue(descriptor, shown, current);
            if (!typed.equals(shownText)) {
                // Text put into a field that cannot change is taken back, and a version that is not a
                // draft says why.
                text.setText(shownText);
                editor.refuseIfNotEditable();
            }
            return;
        }
        Object value;
        if (isInteger(feature)) {
            String trimmed = typed.strip();
            if (trimmed.isEmpty() && !feature.getEType().getInstanceClass().isPrimitive()) {
                value = null;
            } else {
                try {
                    value = Integer.valueOf(trimmed);
                } catch (NumberFormatException e) {
                    editor.showProblem(NLS.bind(Messages.integerInvalid, typed));
                    text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                    return;
                }
            }
        } else {
            value = typed.isEmpty() && current == null ? null : typed;
        }
        text.setBackground(null);
        if (!Objects.equals(current, value)) {
            editor.set(shown, feature, value);
        }
    }
}
