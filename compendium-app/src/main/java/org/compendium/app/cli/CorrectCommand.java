package org.compendium.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.Expression;
import org.compendium.model.Language;
import org.compendium.model.Supplied;
import org.compendium.model.Work;
import org.compendium.pipeline.EditorChanges;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The {@code correct} command: an editor corrects what a stored document says about itself (audited). */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Corrects a stored document's symbol, title or dates (editors only), audited like theme decisions. "
                + "The correction is kept for the document's file: ingesting that file again applies it again.",
            "Example: compendium correct cop-session-12-report-2024-07-23 fr --symbol CTOC/COP/2024/2 --editor alice"})
public final class CorrectCommand extends EditorCommand {
    @Parameters(index = "0", paramLabel = "WORK",
            description = "The document's work: its permalink name (cop-res-11-5, wg7-meeting-8), as cited (\"COP res. 11/5\"), or its symbol.")
    String workText;

    @Parameters(index = "1", paramLabel = "LANG", description = "Its language: ar, en, es, fr, ru or zh.")
    String languageText;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "The document's UN symbol, e.g. CTOC/COP/WG.7/2021/3.")
    String symbol;

    @Option(names = "--title", paramLabel = "TITLE", description = "The document's title.")
    String title;

    @Option(names = "--dates", paramLabel = "START..END", description = "The meeting's or session's dates, e.g. 2021-10-14..2021-10-15.")
    String dates;

    private Supplied correction;
    private Language language;

    public CorrectCommand(Services services) {
        super(services);
    }

    @Override
    void check() {
        try {
            language = Language.fromCode(languageText);
            correction = new Supplied(symbol == null ? null : DocumentSymbol.parse(symbol), title, dates == null ? null : dates(dates));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (correction.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "nothing to correct: give --symbol, --title or --dates");
        }
    }

    private static DateRange dates(String text) {
        String[] parts = text.strip().split("\\.\\.", -1);
        LocalDate start = LocalDate.parse(parts[0].strip());
        return new DateRange(start, parts.length > 1 ? LocalDate.parse(parts[1].strip()) : start);
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        List<Work> works;
        try {
            works = store.resolve(workText.matches("[a-z0-9-]+") ? Work.fromSlug(workText) : Work.parse(workText));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        List<DocumentSummary> docs = works.stream().flatMap(w -> store.findExpression(new Expression(w, language)).stream()).toList();
        if (docs.size() != 1) {
            throw new IllegalArgumentException((docs.isEmpty() ? "no stored document is " : "several stored documents are ")
                    + workText + " in " + language.code() + "; see `compendium list`");
        }
        EditorChanges.Outcome<DocumentSummary> o = CompendiumCommand.editorChanges(spec, store, editing)
                .correctMetadata(editing.authenticate(credentials), docs.getFirst().id(), correction);
        DocumentSummary after = o.result();
        out.println("corrected: " + after.source() + "  " + after.work() + " [" + after.language().code() + "]  "
                + correction.describe() + "  by " + editor);
        return CompendiumCommand.reportIndex(spec, o) ? ExitCodes.OK : ExitCodes.STORE;
    }
}
