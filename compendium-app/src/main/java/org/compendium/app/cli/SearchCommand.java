package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.compendium.index.DocumentTexts;
import org.compendium.index.ProvisionIndex;
import java.util.concurrent.Callable;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.ThemeNames;
import org.compendium.index.QuerySyntaxException;

import org.compendium.index.SearchRequest;
import org.compendium.index.SearchResult;
import org.compendium.index.SortOrder;
import org.compendium.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code search} command: full-text search of the provisions, with filters, facets and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the provisions' text and prints the best hits with their matches, then the facet counts.",
            "Plain words (an index label as printed too) are read as words: most must match, all are preferred, "
                    + "phrase matches first, typos tolerated when nothing matches.",
            "With an operator the classic syntax applies: \"a phrase\", a OR b, a NOT b, +must -mustnot, prefix*, "
                    + "(groups), field:value with fields citation, body, type, meeting, session, year, kind, strength, "
                    + "verb, addressee, theme, language, participant, source; its words must all match. Case and "
                    + "accents are ignored; each language's words are stemmed by its own analyzer.",
            "A provision is one hit for all its language versions, shown in --lang when it has that version."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query; quote it in the shell. Empty matches everything.")
    String query;

    @Option(names = "--filter", paramLabel = "FIELD=VALUE",
            description = "Keep only provisions with this value (repeatable; values of one field are alternatives). "
                    + "Fields: citation, body, type, meeting, session, year, kind, strength, verb, addressee, theme, "
                    + "language, participant, source.")
    List<String> filters = List.of();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default) or date (newest meeting or session first).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits to print (default 10).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "How many hits to skip (paging).")
    int offset;

    @Option(names = "--qlang", paramLabel = "LANG",
            description = "The query's language (ar, zh, en, fr, ru, es), read by that language's analyzer; detected when absent.")
    String queryLanguage;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The reader's language: each hit shows the provision's version in it when there is one "
                    + "(default: the version that matched best).")
    String readerLanguage;

    @Option(names = "--json", description = "Print the result as JSON (hits with snippet fragments, total, facets).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = new SearchRequest(query, java.util.Map.of(), SortOrder.fromCode(sort), offset, limit,
                    queryLanguage == null ? Language.UNDETERMINED : Language.fromCode(queryLanguage),
                    readerLanguage == null ? Language.UNDETERMINED : Language.fromCode(readerLanguage));
            for (String f : filters) {
                int eq = f.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("a filter is FIELD=VALUE, e.g. body=WG.7; got '" + f + "'");
                }
                request = request.withFilter(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
            }
        } catch (IllegalArgumentException e) {
            err.println("compendium search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ThemeNames themes = root.catchUpIndex("search", err);
        SearchResult result;
        try (ProvisionSearch search = root.openSearch()) {
            search.useThemes(themes);
            result = search.search(request);
        } catch (QuerySyntaxException e) {
            err.println("compendium search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            out.println(HitPrinter.json(result));
        } else {
            HitPrinter printer = new HitPrinter(out, root.terminal());
            printer.hits(result.hits(), request.offset() + 1);
            out.println((result.estimated() ? "about " : "") + result.total()
                    + (result.total() == 1 ? " provision matches" : " provisions match")
                    + (result.estimated() ? " (counted on a sample of the provisions)" : "")
                    + (result.hits().isEmpty() ? "" : "; showing " + (request.offset() + 1) + "–"
                            + (request.offset() + result.hits().size())));
            printer.facets(result.facets());
            unstructured(out, request);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The unstructured documents whose text holds the query's words (stored without provisions: none is cited), after
     * the provisions; only for words searched without filters, which are fields of provisions.
     */
    private void unstructured(PrintWriter out, SearchRequest request) {
        if (query == null || query.isBlank() || !filters.isEmpty()) {
            return;
        }
        List<DocumentTexts.Hit> texts = DocumentTexts.search(ProvisionIndex.folder(root.dataDir()), query, request.limit());
        if (texts.isEmpty()) {
            return;
        }
        out.println();
        out.println("Also in " + Counts.of(texts.size(), "unstructured document") + " (no provisions, so no citation):");
        for (DocumentTexts.Hit hit : texts) {
            out.println("  " + TerminalText.safe(hit.work().toString()) + "  " + hit.language().code() + "  "
                    + TerminalText.safe(hit.source()) + "  " + TerminalText.safe(hit.snippet()));
        }
    }
}
