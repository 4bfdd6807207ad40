package org.compendium.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.compendium.model.AknUri;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;

/**
 * Writes one parsed document as Akoma Ntoso 3.0 XML (StAX), following the AKN4UN naming convention where it applies.
 *
 * <p>Resolutions and decisions become {@code <statement name="resolution|decision">}: {@code <preface>} (the title),
 * {@code <preamble>} (the opening formula, then one {@code <p>} per preambular paragraph with its leading verb in
 * {@code <i>}), {@code <mainBody>} with {@code <paragraph eId="para_4"><num>4.</num><intro>…</intro><subparagraph
 * eId="para_4__subpara_a">…}. Reports and compendiums become {@code <doc name="report|compendium">} whose
 * {@code <mainBody>} holds {@code <section>}/{@code <subsection>} per numbered heading and the provisions under them.
 * FRBR IRIs are {@link AknUri}s; eIds are unique within a document (a test validates every seed against the schema).
 *
 * <p>Dates: the document's own dates when it gives them; else, for a COP document, the year of its session from
 * {@link org.compendium.model.CopSessions}; else the latest year among the symbols it cites.
 */
public final class AknWriter {
    /** The Akoma Ntoso 3.0 namespace. */
    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";


    private final XMLStreamWriter x;
    private final ParsedDocument doc;
    private final Set<String> eIds = new HashSet<>();

    private AknWriter(XMLStreamWriter x, ParsedDocument doc) {
        this.x = x;
        this.doc = doc;
    }

    /** The FRBR work IRI of a document: its work's, shared by all its language versions. */
    public static AknUri workUri(ParsedDocument doc) {
        return AknUri.of(doc.work(), date(doc));
    }

    private static String date(ParsedDocument doc) {
        DocumentMetadata m = doc.metadata();
        if (m.dates() != null) {
            return m.dates().start().toString();
        }
        if (m.session() != null && org.compendium.model.CopSessions.year(m.session()).isPresent()) {
            return Integer.toString(org.compendium.model.CopSessions.year(m.session()).get());
        }
        int latest = 0;
        for (DocumentSymbol s : m.mentionedSymbols()) {
            for (String part : s.value().split("/")) {
                if (part.matches("(19|20)\\d\\d")) {
                    latest = Math.max(latest, Integer.parseInt(part));
                }
            }
        }
        return latest == 0 ? "1970" : Integer.toString(latest);
    }

    /** Writes {@code doc} to {@code out} (UTF-8; the stream is not closed). */
    public static void write(ParsedDocument doc, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            new AknWriter(x, doc).document();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Akoma Ntoso XML of " + doc.source() + ": " + e.getMessage(), e);
        }
    }

    private void document() throws XMLStreamException {
        DocumentMetadata m = doc.metadata();
        boolean statement = m.type() == DocumentType.RESOLUTION || m.type() == DocumentType.DECISION;
        AknUri work = workUri(doc);
        x.setDefaultNamespace(NS);
        x.writeStartElement(NS, "akomaNtoso");
        x.writeDefaultNamespace(NS);
        x.writeStartElement(NS, statement ? "statement" : "doc");
        x.writeAttribute("name", statement ? m.type().code() : work.subtype());
        meta(work);
        preface();
        if (statement) {
            preamble();
            x.writeStartElement(NS, "mainBody");
            List<Provision> body = doc.provisions().stream().filter(p -> p.kind() != ProvisionKind.PREAMBULAR).toList();
            provisions(body, "");
            if (body.isEmpty()) {
                empty();
            }
            x.writeEndElement();
        } else {
            x.writeStartElement(NS, "mainBody");
            sections();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private void meta(AknUri work) throws XMLStreamException {
        AknUri expression = work.expression(doc.metadata().language());
        AknUri manifestation = expression.manifestation();
        String date = work.date().length() == 4 ? work.date() + "-01-01" : work.date();
        String dateName = work.date().length() == 4 ? "year" : "adoption";
        x.writeStartElement(NS, "meta");
        x.writeStartElement(NS, "identification");
        x.writeAttribute("source", "#compendium");
        frbr("FRBRWork", work, date, dateName);
        empty("FRBRcountry", "value", "un");
        x.writeEndElement();
        frbr("FRBRExpression", expression, date, dateName);
        empty("FRBRlanguage", "language", expression.language());
        x.writeEndElement();
        frbr("FRBRManifestation", manifestation, date, dateName);
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(NS, "references");
        x.writeAttribute("source", "#compendium");
        x.writeEmptyElement(NS, "TLCOrganization");
        x.writeAttribute("eId", "compendium");
        x.writeAttribute("href", "/ontology/organization/compendium");
        x.writeAttribute("showAs", "Compendium");
        x.writeEmptyElement(NS, "TLCOrganization");
        x.writeAttribute("eId", "author");
        x.writeAttribute("href", "/ontology/organization/un/" + work.actor());
        x.writeAttribute("showAs", doc.metadata().body() == null ? "Nations Unies" : doc.metadata().body().frenchName());
        x.writeEndElement();
        x.writeEndElement();
    }

    /** Opens an FRBR level and writes this, uri, date and author (the caller adds the level's own elements and closes it). */
    private void frbr(String level, AknUri uri, String date, String dateName) throws XMLStreamException {
        x.writeStartElement(NS, level);
        empty("FRBRthis", "value", uri.toString());
        empty("FRBRuri", "value", uri.component() != null ? uri.toString().replaceFirst("/![^/]*$", "") : uri.toString());
        x.writeEmptyElement(NS, "FRBRdate");
        x.writeAttribute("date", date);
        x.writeAttribute("name", dateName);
        empty("FRBRauthor", "href", "#author");
    }

    private void empty(String name, String attribute, String value) throws XMLStreamException {
        x.writeEmptyElement(NS, name);
        x.writeAttribute(attribute, value);
    }

    private void preface() throws XMLStreamException {
        String title = stripMarkup(doc.metadata().title());
        if (title.isEmpty()) {
            return;
        }
        x.writeStartElement(NS, "preface");
        x.writeStartElement(NS, "p");
        x.writeStartElement(NS, "docTitle");
        x.writeCharacters(title);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private void preamble() throws XMLStreamException {
        List<Segment> opening = doc.segments().stream().filter(s -> s.kind() == SegmentKind.FRONT_MATTER && s.label().equals("opening")).toList();
        List<Provision> preambular = doc.provisions(ProvisionKind.PREAMBULAR);
        if (opening.isEmpty() && preambular.isEmpty()) {
            return;
        }
        x.writeStartElement(NS, "preamble");
        for (Segment s : opening) {
            x.writeStartElement(NS, "formula");
            x.writeAttribute("name", "openingFormula");
            x.writeStartElement(NS, "p");
            x.writeCharacters(stripMarkup(s.text()));
            x.writeEndElement();
            x.writeEndElement();
        }
        for (Provision p : preambular) {
            x.writeStartElement(NS, "p");
            x.writeAttribute("eId", provisionId(p));
            text(p);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Writes top-level provisions (and their sub-paragraphs) of a list in document order under an eId prefix. */
    private void provisions(List<Provision> provisions, String prefix) throws XMLStreamException {
        Map<Citation, List<Provision>> children = new HashMap<>();
        List<Provision> top = new ArrayList<>();
        Map<Citation, Provision> byCitation = new HashMap<>();
        provisions.forEach(p -> byCitation.put(p.citation(), p));
        for (Provision p : provisions) {
            Citation parent = parent(p.citation());
            if (parent != null && byCitation.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
            } else {
                top.add(p);
            }
        }
        for (Provision p : top) {
            provision(p, prefix, children, 0);
        }
    }

    private static Citation parent(Citation c) {
        return c.parent();
    }

    private void provision(Provision p, String prefix, Map<Citation, List<Provision>> children, int depth) throws XMLStreamException {
        String element = depth == 0 ? "paragraph" : "subparagraph";
        String eId = provisionId(p);
        x.writeStartElement(NS, element);
        x.writeAttribute("eId", eId);
        x.writeStartElement(NS, "num");
        x.writeCharacters(p.printedNumber());
        x.writeEndElement();
        List<Provision> kids = children.getOrDefault(p.citation(), List.of());
        x.writeStartElement(NS, kids.isEmpty() ? "content" : "intro");
        x.writeStartElement(NS, "p");
        text(p);
        x.writeEndElement();
        x.writeEndElement();
        for (Provision k : kids) {
            provision(k, prefix, children, depth + 1);
        }
        x.writeEndElement();
    }

    /** The provision's text, its leading verb in {@code <i>}. */
    private void text(Provision p) throws XMLStreamException {
        String text = stripMarkup(p.text());
        String verb = p.leadingVerb();
        if (verb != null && text.startsWith(verb)) {
            x.writeStartElement(NS, "i");
            x.writeCharacters(verb);
            x.writeEndElement();
            x.writeCharacters(text.substring(verb.length()));
        } else {
            x.writeCharacters(text);
        }
    }

    /**
     * The mainBody of a report or compendium: a {@code section} per top-level numbered heading, a {@code subsection} per
     * heading one level down, each holding the provisions that start after it; provisions before any heading come first.
     */
    private void sections() throws XMLStreamException {
        record Item(int start, Segment heading, Provision provision) {
        }
        List<Item> items = new ArrayList<>();
        for (Segment s : doc.segments()) {
            if (s.kind() == SegmentKind.HEADING && !s.path().isEmpty() && s.path().size() <= 2 && s.label().equals(s.path().getLast())
                    && !s.spans().isEmpty()) {
                items.add(new Item(s.spans().getFirst().start(), s, null));
            }
        }
        List<Provision> ordered = doc.provisions();
        for (Provision p : ordered) {
            items.add(new Item(p.start() < 0 ? Integer.MAX_VALUE : p.start(), null, p));
        }
        items.sort(Comparator.comparingInt(Item::start));
        int depth = 0;
        String prefix = "";
        List<Provision> pending = new ArrayList<>();
        boolean wrote = false;
        String topPrefix = "";
        for (Item it : items) {
            if (it.provision() != null) {
                pending.add(it.provision());
                continue;
            }
            flush(pending, prefix);
            int level = it.heading().path().size();
            while (depth >= level) {
                x.writeEndElement();
                depth--;
            }
            if (level > depth + 1) {
                continue; // a subsection heading without its section heading: its provisions stay where they are
            }
            String label = token(it.heading().label());
            String id = level == 1 ? unique("sec_" + label) : unique(topPrefix + "__subsec_" + label);
            if (level == 1) {
                topPrefix = id;
            }
            x.writeStartElement(NS, level == 1 ? "section" : "subsection");
            x.writeAttribute("eId", id);
            x.writeStartElement(NS, "num");
            x.writeCharacters(it.heading().label() + ".");
            x.writeEndElement();
            String text = stripMarkup(it.heading().text()).replaceFirst("^" + java.util.regex.Pattern.quote(it.heading().label()) + "\\.\\s*", "");
            x.writeStartElement(NS, "heading");
            x.writeCharacters(text);
            x.writeEndElement();
            depth = level;
            prefix = id + "__";
            wrote = true;
        }
        flush(pending, prefix);
        while (depth > 0) {
            x.writeEndElement();
            depth--;
        }
        if (!wrote && doc.provisions().isEmpty()) {
            empty();
        }
    }

    private void flush(List<Provision> pending, String prefix) throws XMLStreamException {
        if (pending.isEmpty()) {
            return;
        }
        provisions(new ArrayList<>(pending), prefix);
        pending.clear();
    }

    private void empty() throws XMLStreamException {
        x.writeStartElement(NS, "p");
        x.writeEndElement();
    }

    /**
     * A provision's eId: the one scheme of {@link Citation#anchorIn}, unique in a document by construction (a
     * duplicate means two provisions claim one identity, a parser error that must not be hidden by a suffix).
     */
    private String provisionId(Provision p) {
        String id = p.citation().anchorIn(doc.work());
        if (!eIds.add(id)) {
            throw new IllegalStateException(doc.source() + " holds two provisions cited " + p.citation() + "; re-ingest it, and report the file if it persists");
        }
        return id;
    }

    /** A heading's eId, made unique with a suffix: headings have no identity of their own. */
    private String unique(String eId) {
        String id = eId;
        for (int n = 2; !eIds.add(id); n++) {
            id = eId + "-" + n;
        }
        return id;
    }

    /** An eId token: {@code res. 5/3} gives {@code res_5-3}, {@code al. 5} gives {@code al_5}. */
    private static String token(String s) {
        return s.strip().replace("/", "-").replaceAll("[^A-Za-z0-9\\-]+", "_").replaceAll("^_|_$", "");
    }

    private static String stripMarkup(String s) {
        return PlainText.of(s);
    }
}
