package se.isu.cases.ui.editors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.isu.cases.ui.internal.Messages;
import se.isu.forms.ChoiceQuestion;
import se.isu.forms.DateQuestion;
import se.isu.forms.IntegerQuestion;
import se.isu.forms.MultipleChoiceQuestion;
import se.isu.forms.Option;
import se.isu.forms.Question;
import se.isu.forms.SingleChoiceQuestion;
import se.isu.forms.TextQuestion;
import se.isu.store.AnswerValue;
import se.isu.store.AnswerValue.DateAnswer;
import se.isu.store.AnswerValue.IntegerAnswer;
import se.isu.store.AnswerValue.MultipleChoice;
import se.isu.store.AnswerValue.SingleChoice;
import se.isu.store.AnswerValue.TextAnswer;

/**
 * The input widgets of one question, made from its kind: the editor asks each field for its answer
 * and tells it when anything changed, and never needs to know which kind it holds.
 */
abstract class QuestionField {

    /** Whatever the user changed; the editor validates again and marks itself dirty. */
    interface ChangeListener {
        void changed();
    }

    final Question question;
    final ChangeListener listener;
    /** Says why the field refused an input, until the next accepted change. */
    Label note;

    QuestionField(Question question, ChangeListener listener) {
        this.question = question;
        this.listener = listener;
    }

    /** Makes the field for {@code question}, showing {@code stored} (or nothing). */
    static QuestionField create(Composite parent, Question question, AnswerValue stored, ChangeListener listener) {
        QuestionField field;
        if (question instanceof IntegerQuestion integer) {
            field = new IntegerField(integer, listener);
        } else if (question instanceof DateQuestion) {
            field = new DateField(question, listener);
        } else if (question instanceof SingleChoiceQuestion || question instanceof MultipleChoiceQuestion) {
            field = new ChoiceField((ChoiceQuestion) question, listener);
        } else if (question instanceof TextQuestion) {
            field = new TextField(question, listener);
        } else {
            throw new IllegalArgumentException("no field for " + question.eClass().getName());
        }
        field.build(parent, stored);
        return field;
    }

    abstract void build(Composite parent, AnswerValue stored);

    /** The answer as entered, or null when there is none or it cannot be read. */
    abstract AnswerValue value();

    /** Why the input cannot be read as an answer (not a number, not a date), or null. */
    String inputError() {
        return null;
    }

    /** The control the decoration marks and that takes the focus when a problem is chosen. */
    abstract Control anchor();

    void showNote(String text) {
        note.setText(text == null ? "" : text);
        ((GridData) note.getLayoutData()).exclude = text == null;
        note.setVisible(text != null);
        note.getParent().requestLayout();
    }

    private abstract static class TextInput extends QuestionField {
        Text text;

        TextInput(Question question, ChangeListener listener) {
            super(question, listener);
        }

        @Override
        Control anchor() {
            return text;
        }

        String entered() {
            return text.getText().strip();
        }
    }

    private static final class TextField extends TextInput {
        TextField(Question question, ChangeListener listener) {
            super(question, listener);
        }

        @Override
        void build(Composite parent, AnswerValue stored) {
            text = new Text(parent, SWT.BORDER);
            GridDataFactory.fillDefaults().hint(400, SWT.DEFAULT).applyTo(text);
            if (stored instanceof TextAnswer answer) {
                text.setText(answer.value());
            }
            text.addModifyListener(e -> listener.changed());
        }

        @Override
        AnswerValue value() {
            return entered().isEmpty() ? null : new TextAnswer(entered());
        }
    }

    private static final class IntegerField extends TextInput {
        IntegerField(IntegerQuestion question, ChangeListener listener) {
            super(question, listener);
        }

        @Override
        void build(Composite parent, AnswerValue stored) {
            Composite row = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            text = new Text(row, SWT.BORDER | SWT.RIGHT);
            GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(text);
            IntegerQuestion integer = (IntegerQuestion) question;
            Label unit = new Label(row, SWT.NONE);
            unit.setText(integer.getUnit() == null ? "" : integer.getUnit());
            if (stored instanceof IntegerAnswer answer) {
                text.setText(Integer.toString(answer.value()));
            }
            // Only digits (and a minus sign for forms that allow negatives) reach the field.
            text.addVerifyListener(e -> e.doit = e.text.chars().allMatch(c -> Character.isDigit(c) || c == '-'));
            text.addModifyListener(e -> listener.changed());
        }

        @Override
        AnswerValue value() {
            try {
                return entered().isEmpty() ? null : new IntegerAnswer(Integer.parseInt(entered()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        String inputError() {
            return !entered().isEmpty() && value() == null
                    ? NLS.bind(Messages.notAnInteger, se.isu.store.validation.CaseValidator.name(question)) : null;
        }
    }

    private static final class DateField extends TextInput {
        private DateTime picker;
        private boolean syncing;

        DateField(Question question, ChangeListener listener) {
            super(question, listener);
        }

        @Override
        void build(Composite parent, AnswerValue stored) {
            Composite row = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            text = new Text(row, SWT.BORDER);
            text.setMessage(Messages.datePattern);
            text.setTextLimit(10);
            GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(text);
            picker = new DateTime(row, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
            picker.setToolTipText(Messages.datePickerTooltip);
            if (stored instanceof DateAnswer answer) {
                text.setText(answer.value().toString());
                showInPicker(answer.value());
            }
            text.addModifyListener(e -> {
                LocalDate date = parse();
                if (date != null) {
                    showInPicker(date);
                }
                listener.changed();
            });
            picker.addListener(SWT.Selection, e -> {
                if (!syncing) {
                    text.setText(LocalDate.of(picker.getYear(), picker.getMonth() + 1, picker.getDay()).toString());
                }
            });
        }

        private void showInPicker(LocalDate date) {
            syncing = true;
            try {
                picker.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            } finally {
                syncing = false;
            }
        }

        private LocalDate parse() {
            String entered = entered();
            if (!entered.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return null;
            }
            try {
                return LocalDate.parse(entered);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        AnswerValue value() {
            LocalDate date = parse();
            return date == null ? null : new DateAnswer(date);
        }

        @Override
        String inputError() {
            return !entered().isEmpty() && parse() == null
                    ? NLS.bind(Messages.notADate, se.isu.store.validation.CaseValidator.name(question)) : null;
        }
    }

    /** Radio buttons for one choice, check boxes for several, each option's comment field below it. */
    static final class ChoiceField extends QuestionField {
        final Map<Integer, Button> buttons = new LinkedHashMap<>();
        final Map<Integer, Text> comments = new LinkedHashMap<>();
        private final boolean multiple;
        private Composite box;

        ChoiceField(ChoiceQuestion question, ChangeListener listener) {
            super(question, listener);
            this.multiple = question instanceof MultipleChoiceQuestion;
        }

        @Override
        void build(Composite parent, AnswerValue stored) {
            box = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(box);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
            for (Option option : ((ChoiceQuestion) question).getOptions()) {
                boolean chosen = chosen(stored, option.getCode());
                // A retired option takes no new answers, but a stored case that has it must still show it.
                if (option.isRetired() && !chosen) {
                    continue;
                }
                Button button = new Button(box, multiple ? SWT.CHECK : SWT.RADIO);
                button.setText(option.isRetired() ? NLS.bind(Messages.retiredOption, option.getLabel()) : option.getLabel());
                button.setToolTipText(option.getDefinition());
                button.setSelection(chosen);
                button.addListener(SWT.Selection, e -> toggled(button));
                buttons.put(option.getCode(), button);
                if (option.isRequiresComment()) {
                    Text comment = new Text(box, SWT.BORDER);
                    comment.setMessage(Messages.commentPrompt);
                    GridDataFactory.fillDefaults().indent(24, 0).hint(380, SWT.DEFAULT).applyTo(comment);
                    String storedComment = comment(stored, option.getCode());
                    if (storedComment != null) {
                        comment.setText(storedComment);
                    }
                    comment.addModifyListener(e -> listener.changed());
                    comments.put(option.getCode(), comment);
                }
            }
            showComments();
        }

        private void toggled(Button button) {
            Integer max = multiple ? ((MultipleChoiceQuestion) question).getMaxSelections() : null;
            if (max != null && button.getSelection() && selectedCodes().size() > max) {
                button.setSelection(false);
                showNote(NLS.bind(Messages.maxSelectionsRefused, max));
                return;
            }
            showNote(null);
            showComments();
            listener.changed();
        }

        private void showComments() {
            comments.forEach((code, comment) -> {
                boolean show = buttons.get(code).getSelection();
                ((GridData) comment.getLayoutData()).exclude = !show;
                comment.setVisible(show);
            });
            box.requestLayout();
        }

        private TreeSet<Integer> selectedCodes() {
            TreeSet<Integer> codes = new TreeSet<>();
            buttons.forEach((code, button) -> {
                if (button.getSelection()) {
                    codes.add(code);
                }
            });
            return codes;
        }

        private String commentOf(int code) {
            Text comment = comments.get(code);
            return comment == null || comment.getText().isBlank() ? null : comment.getText().strip();
        }

        @Override
        AnswerValue value() {
            TreeSet<Integer> codes = selectedCodes();
            if (codes.isEmpty()) {
                return null;
            }
            if (!multiple) {
                return new SingleChoice(codes.first(), commentOf(codes.first()));
            }
            SortedMap<Integer, String> texts = new TreeMap<>();
            for (int code : codes) {
                if (commentOf(code) != null) {
                    texts.put(code, commentOf(code));
                }
            }
            return new MultipleChoice(codes, texts);
        }

        @Override
        Control anchor() {
            return buttons.isEmpty() ? box : buttons.values().iterator().next();
        }

        private static boolean chosen(AnswerValue stored, int code) {
            return stored instanceof SingleChoice single && single.code() == code
                    || stored instanceof MultipleChoice several && several.codes().contains(code);
        }

        private static String comment(AnswerValue stored, int code) {
            if (stored instanceof SingleChoice single && single.code() == code) {
                return single.comment();
            }
            return stored instanceof MultipleChoice several ? several.comment(code) : null;
        }
    }
}
