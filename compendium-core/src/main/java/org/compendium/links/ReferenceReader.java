package org.compendium.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.TreatyInstrument;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Numerals;

/**
 * The reader of explicit references in a provision's text, with one language's data ({@link ReferenceLanguage}):
 * resolutions and decisions, alone or in lists ({@code ses résolutions 5/2 du 22 octobre 2010 et 10/3}), typed by the
 * body that issued them; treaty articles with their paragraph; document symbols. Every reference found is returned,
 * unresolved ({@link StoredWorks} resolves them).
 *
 * <p>Who issued a resolution: the body named right after the list ({@code résolution 70/1 de l'Assemblée générale}),
 * else the body named last before it in the same clause ({@code l'Assemblée générale a adopté la résolution 78/228}),
 * else — in these documents of the Conference and its working groups — the Conference, provided the number has the
 * shape of a COP session's ({@code 1/6} to {@code 20/x}); else the body an earlier sentence of the text named last
 * ({@code Le Conseil des droits de l'homme a … Dans sa résolution 53/6}); otherwise the body is unknown and the
 * reference stays an {@link ReferenceType#OTHER_INSTRUMENT} rather than be given a body it may not have.
 */
public final class ReferenceReader {
    /** The highest first number a COP resolution or decision may have: the Conference held its 12th session in 2024. */
    static final int MAX_COP_SESSION = 20;
    /** The Council's numbers, {@code 2698 (2023)}; Chinese writes them without the space ({@code 第2698(2023)号}). */
    private static final Pattern SECURITY_COUNCIL_NUMBER = Pattern.compile("(\\d{3,4})\\s?\\((\\d{4})\\)");

    private final ReferenceLanguage language;

    public ReferenceReader(ReferenceLanguage language) {
        this.language = language;
    }

    /**
     * The references of {@code text}, in the order they are written.
     *
     * @param protocol the Protocol the text means when it writes "the Protocol" without naming it, or null
     *                 ({@link ReferenceLanguage#protocolOf})
     */
    public List<Reference> read(String text, TreatyInstrument protocol) {
        // Arabic documents may print their numbers in Arabic-Indic digits (قراره ١١/٢): the patterns read ASCII digits
        // of a copy of the same length, so every offset stays the text's, and each reference quotes the text as written.
        String digits = Numerals.ascii(text);
        List<Reference> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        instruments(digits, out, taken);
        articles(digits, protocol, out);
        symbols(digits, out, taken);
        out.sort(Comparator.comparingInt(Reference::start).thenComparingInt(Reference::end));
        if (digits != text) {
            out.replaceAll(r -> new Reference(r.type(), r.work(), r.article(), r.target(),
                    text.substring(r.start(), r.end()), r.start(), r.end(), r.storedWork()));
        }
        return out;
    }

    private void instruments(String text, List<Reference> out, List<int[]> taken) {
        Matcher m = language.instruments().matcher(text);
        while (m.find()) {
            boolean decision = language.decision().matcher(m.group("kw")).find();
            Issuer issuer = issuerAfter(text, m.end());
            if (issuer == null) {
                // Up to the list: Arabic names the body between the keyword and the numbers (قرار الجمعية العامة 70/1).
                issuer = issuerBefore(text, clauseStart(text, m.start()), m.start("list"));
            }
            // Before an earlier sentence's body: the number's shape (a COP session's), then that body.
            Issuer earlier = issuerBefore(text, 0, m.start());
            Matcher item = language.listItem().matcher(text).region(m.start("list"), m.end("list"));
            while (item.find()) {
                String written = item.group().strip();
                out.add(instrument(decision, issuer, earlier, item.group("num"), written, item.start(),
                        item.start() + written.length()));
            }
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    private static Reference instrument(boolean decision, Issuer issuer, Issuer earlier, String number, String written,
            int start, int end) {
        Matcher sc = SECURITY_COUNCIL_NUMBER.matcher(number);
        if (sc.matches() && (issuer == null || issuer == Issuer.SECURITY_COUNCIL)) {
            // The Council's symbol holds a space and parentheses, which a document symbol cannot: printed, not a work.
            return Reference.unclear(ReferenceType.SC_RESOLUTION, "S/RES/" + sc.group(1) + " (" + sc.group(2) + ")", written,
                    start, end);
        }
        String kind = decision ? "dec. " : "res. ";
        if (sc.matches() || !number.matches("\\d{1,3}/\\d{1,3}")) {
            // A number of the Council's shape said of another body, or one no COP instrument or GA resolution has
            // (an ECOSOC resolution's year/number): printed as written, with the body the text gives.
            String body = issuer == null ? "" : issuer.code() + " ";
            return Reference.unclear(ReferenceType.OTHER_INSTRUMENT, body + kind + number, written, start, end);
        }
        if (issuer == null) {
            String[] parts = number.split("/");
            boolean copShape = parts.length == 2 && parts[0].length() <= 2 && Integer.parseInt(parts[0]) <= MAX_COP_SESSION;
            issuer = copShape ? Issuer.COP : earlier;
        }
        if (issuer == null) {
            return Reference.unclear(ReferenceType.OTHER_INSTRUMENT, kind + number, written, start, end);
        }
        return switch (issuer) {
            case COP -> Reference.to(decision ? ReferenceType.COP_DECISION : ReferenceType.COP_RESOLUTION,
                    Work.CopInstrument.of(decision ? Work.InstrumentKind.DECISION : Work.InstrumentKind.RESOLUTION, number),
                    written, start, end);
            case GENERAL_ASSEMBLY -> decision
                    ? Reference.unclear(ReferenceType.OTHER_INSTRUMENT, "GA dec. " + number, written, start, end)
                    : Reference.to(ReferenceType.GA_RESOLUTION, new Work.UnResolution(new DocumentSymbol("A/RES/" + number)),
                            written, start, end);
            case SECURITY_COUNCIL -> Reference.unclear(ReferenceType.SC_RESOLUTION, "S/RES/" + number, written, start, end);
            case ECOSOC, CCPCJ, HUMAN_RIGHTS_COUNCIL -> Reference.unclear(ReferenceType.OTHER_INSTRUMENT,
                    issuer.code() + " " + kind + number, written, start, end);
        };
    }

    /** The body named right after a list: {@code résolution 70/1 de l'Assemblée générale}. */
    private Issuer issuerAfter(String text, int at) {
        Matcher of = language.issuerJoin().matcher(text).region(at, text.length());
        if (!of.lookingAt()) {
            return null;
        }
        for (Map.Entry<Issuer, Pattern> e : language.issuers().entrySet()) {
            if (e.getValue().matcher(text).region(of.end(), text.length()).lookingAt()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Where the clause holding {@code at} starts. */
    private int clauseStart(String text, int at) {
        int clause = 0;
        Matcher end = language.clauseEnd().matcher(text).region(0, at);
        while (end.find()) {
            clause = end.end();
        }
        return clause;
    }

    /** The body named last between {@code from} and {@code at}, or null. */
    private Issuer issuerBefore(String text, int from, int at) {
        int clause = from;
        Issuer last = null;
        int lastAt = -1;
        for (Map.Entry<Issuer, Pattern> e : language.issuers().entrySet()) {
            Matcher m = e.getValue().matcher(text).region(clause, at);
            while (m.find()) {
                if (m.start() > lastAt) {
                    lastAt = m.start();
                    last = e.getKey();
                }
            }
        }
        return last;
    }

    private void articles(String text, TreatyInstrument protocol, List<Reference> out) {
        Matcher m = language.article().matcher(text);
        String previous = null;
        while (m.find()) {
            String paragraph = group(m, "para") != null ? group(m, "para") : group(m, "para2");
            String named = language.treatyBefore() ? instrumentBefore(text, m.start(), protocol)
                    : instrumentAfter(text, m.end(), protocol);
            // "au paragraphe 1 de l'article 6 du Protocole …, outre … au paragraphe 3 de l'article 6": an article
            // written without its treaty is one of the treaty the text last named an article of.
            String instrument = named == null ? previous : named.isEmpty() ? null : named;
            previous = instrument;
            for (String number : language.articleSeparator().split(m.group("nums"))) {
                String eid = "art. " + number + (paragraph == null ? "" : "(" + paragraph + ")");
                String written = m.group().strip();
                out.add(instrument == null
                        ? Reference.unclear(ReferenceType.TREATY_ARTICLE, eid, written, m.start(), m.start() + written.length())
                        : Reference.toArticle(Citation.parse(instrument + " " + eid), written, m.start(), m.start() + written.length()));
            }
        }
    }

    /**
     * The title of the treaty named after an article ({@code du Protocole relatif aux migrants}); empty when what
     * follows names something else ({@code de son Règlement intérieur}); null when nothing follows.
     */
    private String instrumentAfter(String text, int at, TreatyInstrument own) {
        Matcher lead = language.instrumentLead().matcher(text).region(at, text.length());
        if (!lead.lookingAt()) {
            return null;
        }
        for (Map.Entry<TreatyInstrument, Pattern> t : language.treaties()) {
            if (t.getValue().matcher(text).region(lead.end(), text.length()).lookingAt()) {
                return t.getKey().citation();
            }
        }
        Matcher protocol = language.genericProtocol().matcher(text).region(lead.end(), text.length());
        if (protocol.lookingAt()) {
            return own(protocol, own);
        }
        if (language.genericConvention().matcher(text).region(lead.end(), text.length()).lookingAt()) {
            return TreatyInstrument.CONVENTION.citation();
        }
        return "";
    }

    /** "dudit Protocole" is the document body's own Protocol; "chacun de ces protocoles" (group {@code plural}) none. */
    private static String own(Matcher protocol, TreatyInstrument own) {
        return own == null || group(protocol, "plural") != null ? "" : own.citation();
    }

    /** How far back a treaty's name written before its article is looked for. */
    private static final int TREATY_BEFORE = 160;

    /**
     * The title of the treaty named right before an article, for a language that writes it there
     * ({@code 《偷运移民议定书》第6条}, {@code 议定书第8条}); null when no treaty ends where the article starts.
     */
    private String instrumentBefore(String text, int at, TreatyInstrument own) {
        int from = Math.max(0, at - TREATY_BEFORE);
        for (Map.Entry<TreatyInstrument, Pattern> t : language.treaties()) {
            if (endsAt(t.getValue(), text, from, at) != null) {
                return t.getKey().citation();
            }
        }
        Matcher protocol = endsAt(language.genericProtocol(), text, from, at);
        if (protocol != null) {
            return own(protocol, own);
        }
        return endsAt(language.genericConvention(), text, from, at) != null ? TreatyInstrument.CONVENTION.citation() : null;
    }

    /** The match of {@code p} in {@code text[from, at)} that ends at {@code at}, or null. */
    private static Matcher endsAt(Pattern p, String text, int from, int at) {
        Matcher m = p.matcher(text).region(from, at);
        while (m.find()) {
            if (m.end() == at) {
                return m;
            }
        }
        return null;
    }

    /** A named group's text, or null when it did not take part or the language's pattern has no such group. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void symbols(String text, List<Reference> out, List<int[]> taken) {
        Matcher m = language.symbol().matcher(text);
        while (m.find()) {
            String written = m.group().replaceAll("[.\\-]+$", "");
            DocumentSymbol symbol = DocumentSymbol.parse(written);
            int start = m.start();
            if (taken.stream().anyMatch(t -> start >= t[0] && start < t[1])) {
                continue;
            }
            boolean resolution = Work.UnResolution.isResolution(symbol);
            ReferenceType type = !resolution ? ReferenceType.DOCUMENT_SYMBOL
                    : symbol.value().startsWith("S/") ? ReferenceType.SC_RESOLUTION
                    : symbol.value().startsWith("A/") ? ReferenceType.GA_RESOLUTION : ReferenceType.OTHER_INSTRUMENT;
            Work work = Work.ofSymbol(symbol);
            out.add(Reference.to(type, work, written, start, start + written.length()));
        }
    }
}
