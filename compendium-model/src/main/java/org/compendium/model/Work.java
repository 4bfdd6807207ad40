package org.compendium.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a UN document <em>is</em>, independent of the language it is written in: a working-group meeting's report, a
 * COP resolution or decision, a General Assembly resolution, a Secretariat report, a compendium edition, a treaty.
 * Every language version of a document (an {@link Expression}) is of one work, and a provision is identified by its
 * work and its {@link Eid}.
 *
 * <p>{@link #toString} is the work part of a citation ({@code COP res. 11/5}, {@code CTOC/COP/WG.7 meeting 8}) and
 * {@link #parse} reads it back; {@link #slug} is its URL and Akoma Ntoso form ({@code cop-res-11-5}). A report's
 * symbol is not part of its identity: a meeting is identified by its body and number, which the report always prints,
 * while its symbol may be unknown or supplied later; a symbol typed by a user is a {@link SymbolDocument} that the
 * store resolves.
 */
public sealed interface Work {
    /** The work part of a citation, e.g. {@code COP res. 11/5}; {@link #parse} reads it back. */
    @Override
    String toString();

    /** Lower-case letters, digits and hyphens: the work in URLs ({@code /works/cop-res-11-5}) and AKN IRIs. */
    String slug();

    /** The body that adopted or issued it, or null when none of ours (a GA resolution, a treaty). */
    Body body();

    /**
     * The meeting or session it belongs to, as a compendium groups provisions: a meeting report's meeting, a COP
     * instrument's session, a Secretariat report's session; null for the rest.
     */
    default Integer meetingOrSession() {
        return switch (this) {
            case MeetingReport r -> r.meeting();
            case CopInstrument i -> i.session();
            case SecretariatReport r -> r.session();
            case UnResolution u -> null;
            case SymbolDocument d -> null;
            case CompendiumEdition c -> null;
            case Treaty t -> null;
            case Unidentified u -> null;
            case ReproducedDraft d -> null;
        };
    }

    /**
     * The report of one meeting of a working group (or one session of the Conference of the Parties), identified by
     * body and meeting number, never by year: two meetings in one year are two works.
     */
    record MeetingReport(Body body, int meeting) implements Work {
        public MeetingReport {
            if (body == null || meeting < 1) {
                throw new IllegalArgumentException("a meeting report needs a body and a meeting number ≥ 1");
            }
        }

        @Override
        public String toString() {
            return body.symbolPrefix() + (body == Body.COP ? " session " : " meeting ") + meeting;
        }

        @Override
        public String slug() {
            return body.slug() + (body == Body.COP ? "-session-" : "-meeting-") + meeting;
        }
    }

    /** A resolution or decision of the Conference of the Parties, numbered {@code session/number} ({@code 11/5}). */
    record CopInstrument(InstrumentKind kind, int session, int number) implements Work {
        public CopInstrument {
            if (kind == null || session < 1 || number < 1) {
                throw new IllegalArgumentException("a COP resolution or decision needs a kind, a session ≥ 1 and a number ≥ 1");
            }
        }

        /** Reads {@code 11/5}. */
        public static CopInstrument of(InstrumentKind kind, String sessionSlashNumber) {
            String[] parts = sessionSlashNumber.strip().split("\\s*/\\s*");
            if (parts.length != 2 || !parts[0].matches("\\d{1,3}") || !parts[1].matches("\\d{1,3}")) {
                throw new IllegalArgumentException("not a resolution or decision number: '" + sessionSlashNumber + "'; expected e.g. 11/5");
            }
            return new CopInstrument(kind, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }

        /** {@code 11/5}. */
        public String numberText() {
            return session + "/" + number;
        }

        @Override
        public Body body() {
            return Body.COP;
        }

        @Override
        public String toString() {
            return "COP " + kind.abbreviation() + " " + numberText();
        }

        @Override
        public String slug() {
            return "cop-" + kind.abbreviation().replace(".", "") + "-" + session + "-" + number;
        }
    }

    /** Whether a COP instrument is a resolution or a decision. */
    enum InstrumentKind {
        RESOLUTION("res."), DECISION("dec.");

        private final String abbreviation;

        InstrumentKind(String abbreviation) {
            this.abbreviation = abbreviation;
        }

        /** {@code res.} or {@code dec.}, as citations print it. */
        public String abbreviation() {
            return abbreviation;
        }
    }

    /** A resolution of a principal UN organ, by its symbol: {@code A/RES/80/9}, {@code S/RES/2331 (2016)}. */
    record UnResolution(DocumentSymbol symbol) implements Work {
        private static final Pattern SHAPE = Pattern.compile("[AES]/RES/.+");

        /** Whether the symbol is a resolution of the General Assembly, the Economic and Social Council or the Security Council. */
        public static boolean isResolution(DocumentSymbol symbol) {
            return SHAPE.matcher(symbol.value()).matches();
        }

        public UnResolution {
            if (symbol == null || !isResolution(symbol)) {
                throw new IllegalArgumentException("not a UN resolution symbol: '" + symbol + "'; expected e.g. A/RES/80/9");
            }
        }

        @Override
        public Body body() {
            return null;
        }

        @Override
        public String toString() {
            return symbol.value();
        }

        @Override
        public String slug() {
            return Work.slugOf(symbol.value());
        }
    }

    /** Any other document known by its symbol ({@code CTOC/COP/2024/3}); also what a symbol typed in a citation reads as. */
    record SymbolDocument(DocumentSymbol symbol) implements Work {
        public SymbolDocument {
            if (symbol == null) {
                throw new IllegalArgumentException("a symbol document needs a symbol");
            }
        }

        @Override
        public Body body() {
            return symbol.body();
        }

        @Override
        public String toString() {
            return symbol.value();
        }

        @Override
        public String slug() {
            return Work.slugOf(symbol.value());
        }
    }

    /**
     * A report of the Secretariat to a session or meeting whose symbol is not known, identified by the body it is
     * addressed to, the session or meeting, and its date of issue ({@code Distr. générale 23 juillet 2024}), which all
     * its language versions share; {@code issued} is null when the text prints none.
     */
    record SecretariatReport(Body body, int session, LocalDate issued) implements Work {
        public SecretariatReport {
            if (body == null || session < 1) {
                throw new IllegalArgumentException("a Secretariat report needs a body and a session or meeting ≥ 1");
            }
        }

        /** The meeting or session it reports to, whose citation form and slug its own extend. */
        public MeetingReport meetingReport() {
            return new MeetingReport(body, session);
        }

        @Override
        public String toString() {
            return meetingReport() + " report" + (issued == null ? "" : " " + issued);
        }

        @Override
        public String slug() {
            return meetingReport().slug() + "-report" + (issued == null ? "" : "-" + issued);
        }
    }

    /** A compendium of a working group's recommendations and the COP's instruments, by the year of its edition. */
    record CompendiumEdition(Body body, int year) implements Work {
        public CompendiumEdition {
            if (body == null || year < 1900 || year > 2999) {
                throw new IllegalArgumentException("a compendium edition needs a body and a four-digit year");
            }
        }

        @Override
        public String toString() {
            return body.symbolPrefix() + " compendium " + year;
        }

        @Override
        public String slug() {
            return body.slug() + "-compendium-" + year;
        }
    }

    /** The Convention or one of its Protocols. */
    record Treaty(TreatyInstrument instrument) implements Work {
        public Treaty {
            if (instrument == null) {
                throw new IllegalArgumentException("a treaty needs an instrument");
            }
        }

        @Override
        public Body body() {
            return null;
        }

        @Override
        public String toString() {
            return instrument.citation();
        }

        @Override
        public String slug() {
            return instrument.slug();
        }
    }

    /**
     * A document the parser could not identify as any of the above, known only by its source file's name: its
     * provisions are cited {@code doc:NAME para. 3}, which no one mistakes for a UN symbol.
     */
    record Unidentified(String name) implements Work {
        private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

        public Unidentified {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("an unidentified work needs a name of lower-case letters, digits and '-': '" + name + "'");
            }
        }

        /** The work of a file that says nothing of what it is, named after the file ({@code report.pdf} → {@code report}). */
        public static Unidentified ofFile(String fileName) {
            String stem = fileName.replaceAll("\\.[A-Za-z0-9]{1,8}$", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", "");
            return new Unidentified(stem.isEmpty() ? "document" : stem);
        }

        @Override
        public Body body() {
            return null;
        }

        @Override
        public String toString() {
            return "doc:" + name;
        }

        @Override
        public String slug() {
            return "doc-" + name;
        }
    }

    /**
     * A draft resolution or decision that a report reproduces for adoption by another organ ({@code Draft resolution I}
     * in the report of the Commission on Crime Prevention and Criminal Justice, recommended to the Economic and Social
     * Council): it has no number of its own until it is adopted, so it is cited by the report that holds it and its
     * ordinal as the report prints it, {@code E/CN.15/2030/17 draft res. I}. Never a made-up resolution number.
     *
     * @param report  the work of the report that reproduces it (never itself a draft)
     * @param kind    whether a resolution or a decision is proposed
     * @param ordinal its ordinal in Roman numerals ({@code I}, {@code II}; the Arabic {@code الأول} and the Chinese
     *                {@code 一} are read as {@code I}), or null when the report prints none (its only draft of the kind)
     */
    record ReproducedDraft(Work report, InstrumentKind kind, String ordinal) implements Work {
        private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,7}");

        public ReproducedDraft {
            if (report == null || report instanceof ReproducedDraft || kind == null) {
                throw new IllegalArgumentException("a reproduced draft needs the report that holds it (not a draft) and a kind");
            }
            if (ordinal != null && !ROMAN.matcher(ordinal).matches()) {
                throw new IllegalArgumentException("a draft's ordinal is a Roman numeral such as I or IV: '" + ordinal + "'");
            }
        }

        /** The same draft held by another report's work (the report's symbol supplied or corrected). */
        public ReproducedDraft withReport(Work other) {
            return new ReproducedDraft(other, kind, ordinal);
        }

        @Override
        public Body body() {
            return report.body();
        }

        @Override
        public String toString() {
            return report + " draft " + kind.abbreviation() + (ordinal == null ? "" : " " + ordinal);
        }

        @Override
        public String slug() {
            return report.slug() + "-draft-" + kind.abbreviation().replace(".", "")
                    + (ordinal == null ? "" : "-" + ordinal.toLowerCase(Locale.ROOT));
        }
    }

    /*
     * The work part of a citation, as people type it:
     *   REPORT draft res. I | REPORT draft dec. II             -> ReproducedDraft (REPORT any work below but a draft)
     *   COP res. 11/5 | COP dec 2/4                       -> CopInstrument
     *   CTOC/COP/WG.7 meeting 8 | WG.7 meeting 8          -> MeetingReport (a working group)
     *   CTOC/COP session 11 | COP session 11              -> MeetingReport (the Conference)
     *   CTOC/COP session 12 report [2024-07-23]           -> SecretariatReport
     *   CTOC/COP/WG.7 compendium 2021                     -> CompendiumEdition
     *   UNTOC | TIP Protocol | SOM Protocol | Firearms Protocol -> Treaty
     *   doc:NAME                                          -> Unidentified
     *   A/RES/80/9                                        -> UnResolution
     *   any other symbol (CTOC/COP/WG.7/2021/3)           -> SymbolDocument
     */
    Pattern INSTRUMENT = Pattern.compile("(?i)COP\\s+(?<kind>res|dec)\\.?\\s*(?<num>\\d{1,3}\\s*/\\s*\\d{1,3})");
    Pattern MEETING = Pattern.compile("(?i)(?:CTOC/)?(?<body>COP(?:/WG\\.\\d+)?|WG\\.\\d+)\\s+(?<unit>meeting|session)\\s+(?<n>\\d{1,3})"
            + "(?<report>\\s+report(?:\\s+(?<issued>\\d{4}-\\d{2}-\\d{2}))?)?");
    Pattern COMPENDIUM = Pattern.compile("(?i)(?:CTOC/)?(?<body>COP(?:/WG\\.\\d+)?|WG\\.\\d+)\\s+compendium\\s+(?<year>\\d{4})");
    Pattern UNIDENTIFIED = Pattern.compile("(?i)doc:(?<name>\\S+)");
    Pattern DRAFT = Pattern.compile("(?i)(?<report>\\S.*?)\\s+draft\\s+(?<kind>res|dec)\\.?(?:\\s+(?<ord>[IVXLC]{1,7}))?");
    Pattern DRAFT_SLUG = Pattern.compile("(?<report>[a-z0-9].*?)-draft-(?<kind>res|dec)(?:-(?<ord>[ivxlc]{1,7}))?");

    /**
     * Reads the work part of a citation.
     *
     * @throws IllegalArgumentException saying which shapes are expected
     */
    static Work parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        // Most works are no draft: the pattern is run only on a text holding the word (the store reads every
        // provision's work through here).
        Matcher m = DRAFT.matcher(t);
        if (holdsDraftWord(t) && m.matches()) {
            Work report = parse(m.group("report"));
            if (report instanceof ReproducedDraft) {
                throw new IllegalArgumentException("'" + text + "': a draft is reproduced by a report, not by another draft");
            }
            return new ReproducedDraft(report, m.group("kind").equalsIgnoreCase("res") ? InstrumentKind.RESOLUTION
                    : InstrumentKind.DECISION, m.group("ord") == null ? null : m.group("ord").toUpperCase(Locale.ROOT));
        }
        m = INSTRUMENT.matcher(t);
        if (m.matches()) {
            InstrumentKind kind = m.group("kind").equalsIgnoreCase("res") ? InstrumentKind.RESOLUTION : InstrumentKind.DECISION;
            return CopInstrument.of(kind, m.group("num"));
        }
        m = MEETING.matcher(t);
        if (m.matches()) {
            Body body = Body.fromCode(m.group("body").replaceFirst("(?i)^COP/", ""));
            int n = Integer.parseInt(m.group("n"));
            boolean session = m.group("unit").equalsIgnoreCase("session");
            if (session != (body == Body.COP)) {
                throw new IllegalArgumentException("'" + text + "': the Conference of the Parties holds sessions, a working group meetings");
            }
            if (m.group("report") != null) {
                return new SecretariatReport(body, n, m.group("issued") == null ? null : LocalDate.parse(m.group("issued")));
            }
            return new MeetingReport(body, n);
        }
        m = COMPENDIUM.matcher(t);
        if (m.matches()) {
            return new CompendiumEdition(Body.fromCode(m.group("body").replaceFirst("(?i)^COP/", "")), Integer.parseInt(m.group("year")));
        }
        m = UNIDENTIFIED.matcher(t);
        if (m.matches()) {
            return new Unidentified(m.group("name").toLowerCase(Locale.ROOT));
        }
        TreatyInstrument treaty = TreatyInstrument.fromCitation(t);
        if (treaty != null) {
            return new Treaty(treaty);
        }
        DocumentSymbol symbol;
        try {
            symbol = DocumentSymbol.parse(t.toUpperCase(Locale.ROOT).replace("/REV.", "/Rev.").replace("/ADD.", "/Add.")
                    .replace("/CORR.", "/Corr.").replace("/INF/", "/INF/"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a work: '" + text + "'. Expected e.g. 'COP res. 11/5', 'COP dec. 2/4', "
                    + "'CTOC/COP/WG.7 meeting 8', 'CTOC/COP session 12 report 2024-07-23', 'CTOC/COP/WG.7 compendium 2021', "
                    + "'SOM Protocol', 'A/RES/80/9' or a document symbol such as 'CTOC/COP/WG.7/2021/3'");
        }
        return ofSymbol(symbol);
    }

    /** The work a document symbol names: a resolution of a principal organ ({@code A/RES/80/9}) or any other document. */
    static Work ofSymbol(DocumentSymbol symbol) {
        return UnResolution.isResolution(symbol) ? new UnResolution(symbol) : new SymbolDocument(symbol);
    }

    /** Reads a {@link #slug} back. */
    static Work fromSlug(String slug) {
        String s = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        Matcher draft = DRAFT_SLUG.matcher(s);
        if (draft.matches()) {
            // Only a report whose own slug reads back: a file named "notes-draft-res-i" stays doc:notes-draft-res-i.
            Work report = fromSlugOrNull(draft.group("report"));
            if (report != null && !(report instanceof Unidentified) && !(report instanceof ReproducedDraft)) {
                return new ReproducedDraft(report, draft.group("kind").equals("res") ? InstrumentKind.RESOLUTION
                        : InstrumentKind.DECISION, draft.group("ord") == null ? null : draft.group("ord").toUpperCase(Locale.ROOT));
            }
        }
        Matcher m = Pattern.compile("cop-(res|dec)-(\\d{1,3})-(\\d{1,3})").matcher(s);
        if (m.matches()) {
            return new CopInstrument(m.group(1).equals("res") ? InstrumentKind.RESOLUTION : InstrumentKind.DECISION,
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = Pattern.compile("(cop|wg\\d+)-(meeting|session)-(\\d{1,3})(-report(?:-(\\d{4}-\\d{2}-\\d{2}))?)?").matcher(s);
        if (m.matches()) {
            Body body = Body.fromSlug(m.group(1));
            int n = Integer.parseInt(m.group(3));
            if (m.group(4) != null) {
                return new SecretariatReport(body, n, m.group(5) == null ? null : LocalDate.parse(m.group(5)));
            }
            return new MeetingReport(body, n);
        }
        m = Pattern.compile("(cop|wg\\d+)-compendium-(\\d{4})").matcher(s);
        if (m.matches()) {
            return new CompendiumEdition(Body.fromSlug(m.group(1)), Integer.parseInt(m.group(2)));
        }
        TreatyInstrument treaty = TreatyInstrument.fromSlug(s);
        if (treaty != null) {
            return new Treaty(treaty);
        }
        if (s.startsWith("doc-") && s.length() > 4) {
            return new Unidentified(s.substring(4));
        }
        throw new IllegalArgumentException("not a work slug: '" + slug + "'; expected e.g. cop-res-11-5, wg7-meeting-8, "
                + "cop-session-12-report-2024-07-23, wg7-compendium-2021 or som-protocol (documents known by symbol are "
                + "found by symbol: /works?symbol=CTOC/COP/WG.7/2021/3)");
    }

    /** Whether {@code t} (its blanks collapsed to single spaces) holds {@code draft} as a word after another, in any case. */
    private static boolean holdsDraftWord(String t) {
        for (int i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
            if (t.regionMatches(true, i + 1, "draft", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    private static Work fromSlugOrNull(String slug) {
        try {
            return fromSlug(slug);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A symbol as a slug: {@code CTOC/COP/WG.7/2021/3} → {@code ctoc-cop-wg-7-2021-3}. */
    private static String slugOf(String symbol) {
        return symbol.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
