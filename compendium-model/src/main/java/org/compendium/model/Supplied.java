package org.compendium.model;

import java.util.List;

/**
 * What a user supplies that the text of a document lacks or gets wrong — its symbol, its title, its dates — given at
 * ingest ({@code --symbol}, a folder's sidecar) or as an editor's correction, applied to the parsed document.
 * A symbol identifies a document that had no identity of its own (a Secretariat report known only by session and
 * date, an unidentified file): its work becomes the symbol's and its own provisions are cited by it. A meeting report
 * or a COP instrument keeps its work (meeting or number), the symbol is recorded beside it.
 *
 * @param symbol the symbol, or null to keep what the text says
 * @param title  the title, or null to keep what the text says
 * @param dates  the meeting's or session's dates, or null to keep what the text says
 */
public record Supplied(DocumentSymbol symbol, String title, DateRange dates) {
    /** Nothing supplied. */
    public static final Supplied NOTHING = new Supplied(null, null, null);

    public Supplied {
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** A symbol and a title, the dates as the text gives them. */
    public Supplied(DocumentSymbol symbol, String title) {
        this(symbol, title, null);
    }

    public boolean isEmpty() {
        return symbol == null && title == null && dates == null;
    }

    /** What {@code later} supplies, else this: a second correction adds to the first. */
    public Supplied then(Supplied later) {
        return new Supplied(later.symbol != null ? later.symbol : symbol, later.title != null ? later.title : title,
                later.dates != null ? later.dates : dates);
    }

    /** How an audit line shows it: {@code symbol=…; title=…; dates=…}, unchanged fields left out. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (symbol != null) {
            sb.append("symbol=").append(symbol);
        }
        if (title != null) {
            sb.append(sb.isEmpty() ? "" : "; ").append("title=").append(title);
        }
        if (dates != null) {
            sb.append(sb.isEmpty() ? "" : "; ").append("dates=").append(dates.start()).append("..").append(dates.end());
        }
        return sb.isEmpty() ? "none" : sb.toString();
    }

    /** The document with what was supplied in place of what the text says. */
    public ParsedDocument applyTo(ParsedDocument doc) {
        if (isEmpty()) {
            return doc;
        }
        DocumentMetadata m = doc.metadata();
        DocumentMetadata metadata = new DocumentMetadata(m.type(), m.body(), m.meeting(), m.session(), dates != null ? dates : m.dates(),
                m.venue(), m.language(), symbol != null ? symbol : m.symbol(), title != null ? title : m.title(),
                m.resolutionNumber(), m.mentionedSymbols(), m.mentionedResolutions(), m.agenda(), m.participants());
        Work work = symbol == null ? doc.work() : workWithSymbol(doc.work(), symbol);
        // The drafts a report reproduces are cited by the report's work: they follow it to the supplied symbol.
        List<Provision> provisions = work.equals(doc.work()) ? doc.provisions() : doc.provisions().stream()
                .map(p -> {
                    Work cited = p.citation().work();
                    Work now = cited.equals(doc.work()) ? work
                            : cited instanceof Work.ReproducedDraft d && d.report().equals(doc.work()) ? d.withReport(work) : null;
                    return now == null ? p : new Provision(Citation.of(now, p.eId()), p.kind(), p.number(), p.path(), p.label(),
                            p.text(), p.leadingVerb(), p.spans(), p.meeting(), p.session());
                })
                .toList();
        return new ParsedDocument(doc.source(), doc.format(), doc.sha256(), doc.sourceLength(), metadata, work, provisions,
                doc.segments(), doc.coverage(), doc.body(), doc.warnings());
    }

    /** The work a supplied symbol gives: the symbol's own for a document without a numbered identity. */
    public static Work workWithSymbol(Work work, DocumentSymbol symbol) {
        return switch (work) {
            case Work.MeetingReport r -> r;
            case Work.CopInstrument i -> i;
            case Work.CompendiumEdition c -> c;
            case Work.Treaty t -> t;
            case Work.UnResolution u -> u;
            case Work.SecretariatReport r -> new Work.SymbolDocument(symbol);
            case Work.SymbolDocument d -> new Work.SymbolDocument(symbol);
            case Work.Unidentified u -> Work.ofSymbol(symbol);
            case Work.ReproducedDraft d -> d;
        };
    }
}
