package org.compendium.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Akoma Ntoso FRBR IRI following the AKN4UN naming convention, at work, expression or manifestation level, e.g.
 * {@code /akn/un/statement/resolution/cop-ctoc/2022/11-5} (work), {@code .../11-5/fra@} (expression, the current
 * version) and {@code .../11-5/fra@/!main.xml} (manifestation). {@link #parse} and {@link #toString} round-trip.
 *
 * @param country   the jurisdiction, {@code un}
 * @param docType   the Akoma Ntoso document type: {@code statement} or {@code doc}
 * @param subtype   {@code resolution}, {@code decision}, {@code report}, {@code compendium}
 * @param actor     the author body: {@code cop-ctoc}, {@code wg4-ctoc}, {@code wg7-ctoc}
 * @param date      the work's date: {@code YYYY} or {@code YYYY-MM-DD}
 * @param number    the work's number within actor and date ({@code 11-5}, {@code 8}); dashes, no slashes
 * @param language  the expression's ISO 639-2/T language ({@code fra}), or null for a work IRI
 * @param version   the expression's version date after {@code @}, empty for the current version, or null with no language
 * @param component the manifestation's component ({@code main}), or null for a work or expression IRI
 * @param format    the manifestation's format ({@code xml}), or null
 * @param eId       the provision this IRI points into ({@code #op_4__subpara_b}), or null for the whole document
 */
public record AknUri(String country, String docType, String subtype, String actor, String date, String number,
                     String language, String version, String component, String format, String eId) {
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}-\\d{2})?");
    private static final Pattern SHAPE = Pattern.compile("/akn/(?<country>[^/]+)/(?<type>[^/]+)/(?<subtype>[^/]+)/(?<actor>[^/]+)"
            + "/(?<date>[^/]+)/(?<number>[^/#]+)(?:/(?<lang>[a-z]{3})@(?<version>[^/!#]*)(?:/!(?<component>[^/.#]+)(?:\\.(?<format>[a-z]+))?)?)?"
            + "(?:#(?<eid>[A-Za-z0-9._-]+))?");
    /** The document types this project writes. */
    public static final List<String> DOC_TYPES = List.of("statement", "doc", "act");

    public AknUri {
        for (String s : new String[] {country, subtype, actor, number}) {
            if (s == null || !SEGMENT.matcher(s).matches()) {
                throw new IllegalArgumentException("bad AKN IRI segment '" + s + "': lower-case letters, digits, '.' and '-'");
            }
        }
        if (!DOC_TYPES.contains(docType)) {
            throw new IllegalArgumentException("unknown AKN document type '" + docType + "'; expected " + DOC_TYPES);
        }
        if (date == null || !DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("bad AKN work date '" + date + "': YYYY or YYYY-MM-DD");
        }
        if (language == null && (version != null || component != null)) {
            throw new IllegalArgumentException("an expression needs a language");
        }
        if (language != null) {
            version = version == null ? "" : version;
        }
        if (component == null && format != null) {
            throw new IllegalArgumentException("a format needs a component");
        }
        if (eId != null && !eId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("bad eId fragment '" + eId + "'");
        }
    }

    /** A work IRI. */
    public static AknUri work(String country, String docType, String subtype, String actor, String date, String number) {
        return new AknUri(country, docType, subtype, actor, date, number, null, null, null, null, null);
    }

    /**
     * The work IRI of a work, dated {@code date} ({@code YYYY} or {@code YYYY-MM-DD}): COP instruments are
     * {@code /akn/un/statement/deliberation/cop-ctoc/2022/11-5}, meeting reports
     * {@code /akn/un/doc/report/wg7-ctoc/2021-10-14/8}, the other works numbered by their slug.
     */
    public static AknUri of(Work work, String date) {
        String actor = work.body() == null ? "un" : work.body().slug() + "-ctoc";
        return switch (work) {
            case Work.CopInstrument i -> work("un", "statement", "deliberation", "cop-ctoc", date, i.session() + "-" + i.number());
            case Work.MeetingReport r -> work("un", "doc", "report", actor, date, Integer.toString(r.meeting()));
            case Work.SecretariatReport r -> work("un", "doc", "report", actor, date, r.slug());
            case Work.CompendiumEdition c -> work("un", "doc", "compendium", actor, date, c.slug());
            case Work.UnResolution r -> work("un", "statement", "resolution", "un", date, r.slug());
            case Work.SymbolDocument d -> work("un", "doc", "document", actor, date, d.slug());
            case Work.Treaty t -> work("un", "act", "treaty", "un", date, t.slug());
            case Work.Unidentified u -> work("un", "doc", "document", "un", date, u.slug());
            case Work.ReproducedDraft d -> work("un", "doc", "draft", actor, date, d.slug());
        };
    }

    /** This work's current expression in {@code language}. */
    public AknUri expression(Language language) {
        return expression(language.iso639_2());
    }

    /** This work's current expression in {@code language}. */
    public AknUri expression(String lang) {
        return new AknUri(country, docType, subtype, actor, date, number, lang, "", null, null, null);
    }

    /** This expression's manifestation as {@code !main.xml}. */
    public AknUri manifestation() {
        if (language == null) {
            throw new IllegalStateException("a manifestation is of an expression: " + this);
        }
        return new AknUri(country, docType, subtype, actor, date, number, language, version, "main", "xml", null);
    }

    /** This IRI pointing at one provision of the document, by its anchor ({@link Citation#anchorIn}). */
    public AknUri at(String anchor) {
        return new AknUri(country, docType, subtype, actor, date, number, language, version, component, format, anchor);
    }

    /** The work level of this IRI. */
    public AknUri workLevel() {
        return work(country, docType, subtype, actor, date, number);
    }

    /** Reads a work, expression or manifestation IRI. */
    public static AknUri parse(String text) {
        Matcher m = text == null ? null : SHAPE.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not an AKN IRI: '" + text + "'; expected e.g. "
                    + "/akn/un/statement/resolution/cop-ctoc/2022/11-5/fra@/!main.xml");
        }
        return new AknUri(m.group("country"), m.group("type"), m.group("subtype"), m.group("actor"), m.group("date"),
                m.group("number"), m.group("lang"), m.group("version"), m.group("component"), m.group("format"), m.group("eid"));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("/akn/").append(country).append('/').append(docType).append('/').append(subtype)
                .append('/').append(actor).append('/').append(date).append('/').append(number);
        if (language != null) {
            sb.append('/').append(language).append('@').append(version);
            if (component != null) {
                sb.append("/!").append(component);
                if (format != null) {
                    sb.append('.').append(format);
                }
            }
        }
        if (eId != null) {
            sb.append('#').append(eId);
        }
        return sb.toString();
    }
}
