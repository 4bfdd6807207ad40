package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.model.Body;
import org.compendium.model.Work;
import org.compendium.publish.PartBList;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code part-b} commands: the editor-maintained list of COP resolutions and decisions that belong in part B of a
 * working group's compendium beside the documented rule (the title names the subject). {@code part-b list} shows it;
 * {@code part-b add} and {@code part-b remove} (editors only) change it.
 */
@Command(name = "part-b", mixinStandardHelpOptions = true,
        description = {"The COP resolutions and decisions an editor has put in part B of a working group's compendium, beside "
                + "the rule (the title names the subject: trafficking in persons for WG.4, smuggling of migrants for WG.7)."})
public final class PartBCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--body", paramLabel = "BODY", description = "The working group whose list to show: WG.7 or WG.4.")
    String body;

    @Override
    public Integer call() {
        if (body == null) {
            throw new ParameterException(spec.commandLine(), "part-b: give --body WG.4 or WG.7 to list, or a command: add, remove");
        }
        Body b = body(spec, body);
        PrintWriter out = spec.commandLine().getOut();
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            List<Work> works = PartBList.of(store, b);
            works.forEach(out::println);
            spec.commandLine().getErr().println("part-b: " + Counts.of(works.size(), "instrument") + " listed for " + b.code()
                    + " (beside those whose title names its subject)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Body body(CommandSpec spec, String code) {
        try {
            Body b = Body.fromCode(code);
            if (b == Body.COP) {
                throw new IllegalArgumentException("part B belongs to a working group's compendium: WG.4 or WG.7");
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** {@code part-b add --body WG.4 --editor NAME "COP res. 13/4"} and {@code part-b remove ...}. */
    abstract static class Change extends EditorCommand {
        @Option(names = "--body", required = true, paramLabel = "BODY", description = "The working group: WG.7 or WG.4.")
        String body;

        @Parameters(paramLabel = "WORK", description = "The resolution or decision, e.g. \"COP res. 13/4\" or \"COP dec. 2/4\".")
        String work;

        private Body b;
        private Work w;

        Change(Services services) {
            super(services);
        }

        @Override
        void check() {
            b = body(spec, body);
            try {
                w = Work.parse(work);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }

        abstract boolean change(PartBList list, EditorCredentials credentials, Body body, Work work);

        abstract String done();

        @Override
        int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
            boolean changed = change(new PartBList(store, editing, java.time.Clock.systemUTC()), credentials, b, w);
            out.println(changed ? done() + " " + w + " (part B of " + b.code() + ")" : "unchanged: " + w + " (part B of " + b.code() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Puts a resolution or decision in part B (editors only).")
    public static final class Add extends Change {
        public Add(Services services) {
            super(services);
        }

        @Override
        boolean change(PartBList list, EditorCredentials credentials, Body body, Work work) {
            return list.add(credentials, body, work);
        }

        @Override
        String done() {
            return "added";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Takes a resolution or decision off the list (editors only).")
    public static final class Remove extends Change {
        public Remove(Services services) {
            super(services);
        }

        @Override
        boolean change(PartBList list, EditorCredentials credentials, Body body, Work work) {
            return list.remove(credentials, body, work);
        }

        @Override
        String done() {
            return "removed";
        }
    }
}
