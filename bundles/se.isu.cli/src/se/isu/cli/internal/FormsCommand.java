package se.isu.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import se.isu.forms.FormDefinition;
import se.isu.forms.FormVersion;
import se.isu.forms.diff.FormChange;
import se.isu.forms.diff.FormDiff;
import se.isu.forms.labels.FormLabels;
import se.isu.forms.lifecycle.FormLifecycle;
import se.isu.forms.registry.FormRegistry;
import se.isu.forms.validation.FormConstraints;

/**
 * {@code isu forms}: the registered form versions, the differences between two of them and their
 * validation, as the Formulär perspective shows them.
 */
final class FormsCommand implements Command {

    private final Supplier<FormRegistry> registry;

    FormsCommand() {
        this(() -> FormRegistry.fromExtensions(Platform.getExtensionRegistry(), FormRegistry.defaultUserFolder()));
    }

    FormsCommand(Supplier<FormRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "forms";
    }

    @Override
    public String summary() {
        return Messages.formsSummary;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String sub = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (sub) {
            case "list" -> rest.isEmpty() ? list(registry.get(), out) : usage(err);
            case "diff" -> rest.size() == 3 ? diff(registry.get(), rest, out, err) : usage(err);
            case "validate" -> rest.size() == 2 ? validate(registry.get(), rest, out, err) : usage(err);
            default -> usage(err);
        };
    }

    private static int usage(PrintStream err) {
        err.println(Messages.formsUsage);
        return CommandLine.USAGE;
    }

    private static int list(FormRegistry registry, PrintStream out) {
        for (String problem : registry.problems()) {
            out.println(NLS.bind(Messages.formsProblem, problem));
        }
        for (FormDefinition form : registry.definitions()) {
            out.println(NLS.bind(Messages.formsListForm, form.getName(), form.getId()));
            for (FormVersion version : form.getVersions()) {
                String validFrom = version.getValidFrom() == null ? "" : NLS.bind(Messages.formsValidFrom, version.getValidFrom());
                String origin = registry.isContributed(version) ? Messages.formsContributed : Messages.formsOwn;
                out.println(NLS.bind(Messages.formsListVersion,
                        new Object[] { version.getVersion(), FormLifecycle.statusName(version), validFrom, origin }).stripTrailing());
            }
        }
        return CommandLine.OK;
    }

    private static int diff(FormRegistry registry, List<String> args, PrintStream out, PrintStream err) {
        Optional<FormVersion> from = find(registry, args.get(0), args.get(1), err);
        Optional<FormVersion> to = find(registry, args.get(0), args.get(2), err);
        if (from.isEmpty() || to.isEmpty()) {
            return CommandLine.FAILED;
        }
        List<FormChange> changes = FormDiff.compare(from.get(), to.get(), registry.crosswalk(from.get(), to.get()).orElse(null));
        out.println(NLS.bind(Messages.formsDiffHeading, new Object[] { FormConstraints.name(from.get()), FormConstraints.name(to.get()), changes.size() }));
        for (FormChange change : changes) {
            StringBuilder line = new StringBuilder("  ");
            line.append(FormLabels.kind(change.kind())).append(' ').append(FormLabels.subject(change.subject())).append(' ').append(change.variableId());
            if (change.code() != null) {
                line.append(" #").append(change.code());
            }
            if (change.property() != null) {
                line.append(" (").append(change.property()).append(')');
            }
            line.append(" [").append(FormLabels.basis(change.basis())).append(']');
            out.println(line);
            if (change.before() != null) {
                out.println("      " + Messages.formsBefore + " " + change.before());
            }
            if (change.after() != null) {
                out.println("      " + Messages.formsAfter + " " + change.after());
            }
            if (change.mapping() != null) {
                String note = change.note() == null ? "" : " – " + change.note();
                out.println("      " + Messages.formsCrosswalk + " " + FormLabels.mapping(change.mapping()) + note);
            }
        }
        return CommandLine.OK;
    }

    private static int validate(FormRegistry registry, List<String> args, PrintStream out, PrintStream err) {
        Optional<FormVersion> version = find(registry, args.get(0), args.get(1), err);
        if (version.isEmpty()) {
            return CommandLine.FAILED;
        }
        Diagnostic diagnostic = FormLifecycle.validate(version.get());
        if (diagnostic.getChildren().isEmpty()) {
            out.println(NLS.bind(Messages.formsValid, FormConstraints.name(version.get())));
            return CommandLine.OK;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            String severity = child.getSeverity() >= Diagnostic.ERROR ? Messages.formsError : Messages.formsWarning;
            out.println(severity + " " + child.getMessage());
        }
        return diagnostic.getSeverity() >= Diagnostic.ERROR ? CommandLine.FAILED : CommandLine.OK;
    }

    private static Optional<FormVersion> find(FormRegistry registry, String formId, String version, PrintStream err) {
        Optional<FormVersion> found = registry.find(formId, version);
        if (found.isEmpty()) {
            List<String> known = registry.versions().stream().map(v -> v.getFormId() + " " + v.getVersion()).toList();
            err.println(NLS.bind(Messages.formsUnknownVersion, new Object[] { formId, version, String.join(", ", known) }));
        }
        return found;
    }

}
