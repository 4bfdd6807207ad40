package org.compendium.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.DraftJson;
import org.compendium.links.DraftingAssistant;
import org.compendium.links.DraftingAssistant.DraftAnswer;
import org.compendium.links.DraftingAssistant.DraftMatch;
import org.compendium.links.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code draft} command: reads a draft paragraph from standard input (or a file) and prints the closest adopted
 * provisions, best first, each with its word-level diff to the draft.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Reads a draft paragraph from standard input and prints the adopted provisions whose wording is "
                + "closest, best first, with the changes from each to the draft: [-deleted-] {+inserted+}."},
        footer = {"%nExample:", "  echo \"Prie l'Office de réaliser une étude ...\" | compendium draft --limit 3"})
public final class DraftCommand implements Callable<Integer> {
    private final Supplier<InputStream> stdin;

    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the draft from FILE (UTF-8) instead of standard input.")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "How many provisions to print (default 5, at most 50).")
    int limit;

    @Option(names = "--json", description = "Print the answer as JSON (the shape of POST /api/draft).")
    boolean json;

    public DraftCommand(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String draft;
        try {
            draft = file == null ? new String(stdin.get().readAllBytes(), StandardCharsets.UTF_8) : Files.readString(file);
        } catch (NoSuchFileException e) {
            err.println("compendium draft: no file " + file + "; name a UTF-8 text file, or pipe the draft to standard input");
            return ExitCodes.USAGE;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println("compendium draft: " + file + " is not UTF-8 text; save it as UTF-8 and try again");
            return ExitCodes.USAGE;
        }
        DraftAnswer answer;
        try (ProvisionSearch search = root.openSearch()) {
            answer = new DraftingAssistant(search).closest(draft, limit);
        } catch (IllegalArgumentException e) {
            err.println("compendium draft: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            out.println(HitPrinter.pretty(DraftJson.of(answer)));
        } else {
            print(out, answer);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, DraftAnswer answer) {
        for (DraftMatch m : answer.identical()) {
            out.println("identical to " + m.provision().citation() + "  (" + describe(m) + ")");
        }
        if (!answer.identical().isEmpty()) {
            out.println();
        }
        int rank = 1;
        for (DraftMatch m : answer.matches()) {
            out.println("[" + rank++ + "] " + m.provision().citation() + "  (" + describe(m) + ")"
                    + String.format(Locale.ROOT, "  alignment %.4f", m.alignment()));
            var changes = m.diff().changes();
            out.println("    " + changes.size() + (changes.size() == 1 ? " change: " : " changes: ") + changes.stream()
                    .limit(8).map(c -> quote(c.deleted()) + " → " + quote(c.inserted())).collect(Collectors.joining("; "))
                    + (changes.size() > 8 ? "; …" : ""));
            out.println("    " + marked(m.diff()));
            out.println();
        }
        out.println(answer.matches().size() + " provisions close to the draft"
                + (answer.identical().isEmpty() ? "" : ", " + answer.identical().size() + " identical"));
    }

    private static String quote(String s) {
        return s.isEmpty() ? "∅" : "«" + s + "»";
    }

    /** The diff written as wdiff does: [-deleted-] {+inserted+}; an ESC in the text is shown, never sent. */
    static String marked(WordDiff diff) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Segment s : diff.segments()) {
            if (s.spaceBefore() && !sb.isEmpty()) {
                sb.append(' ');
            }
            String text = s.text().replace('\u001B', '␛');
            sb.append(switch (s.op()) {
                case SAME -> text;
                case DELETED -> "[-" + text + "-]";
                case INSERTED -> "{+" + text + "+}";
            });
        }
        return sb.toString();
    }

    private static String describe(DraftMatch m) {
        String verb = m.provision().verb();
        return HitPrinter.describe(m.provision()) + (verb == null ? "" : ", verb " + verb);
    }
}
