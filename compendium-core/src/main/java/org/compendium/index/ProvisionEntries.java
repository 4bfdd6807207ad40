package org.compendium.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;

/**
 * The mapper from a parsed document to the {@link ProvisionEntry} of each of its provisions: where the facets that
 * the document does not state per provision are worked out (body, year, verb, addressees, themes).
 */
public final class ProvisionEntries {
    /** A report work with its year, e.g. {@code CTOC/COP/WG.7/2012}. */
    private static final Pattern WORK_YEAR = Pattern.compile("/((?:19|20)\\d\\d)$");

    private final ThemeLookup themes;

    public ProvisionEntries(ThemeLookup themes) {
        this.themes = themes == null ? ThemeLookup.NONE : themes;
    }

    /** The entries of every provision of {@code doc}, in document order. */
    public List<ProvisionEntry> of(ParsedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        List<ProvisionEntry> out = new ArrayList<>(doc.provisions().size());
        for (int i = 0; i < doc.provisions().size(); i++) {
            Provision p = doc.provisions().get(i);
            Integer year = year(p, meta);
            LocalDate date = sameMeeting(p, meta) && meta.dates() != null ? meta.dates().start()
                    : year == null ? null : LocalDate.of(year, 1, 1);
            out.add(new ProvisionEntry(p.citation(), p.text(), meta.language(), p.kind(), p.label(), p.path(),
                    LeadingVerbs.of(p.leadingVerb(), p.text()), addressees(p), themes.themes(p.citation(), p.text()),
                    body(p.citation(), meta.body()), p.meeting(), p.session(), year, date, meta.type(), doc.source(),
                    doc.sha256(), meta.symbol() == null ? null : meta.symbol().value(), i));
        }
        return out;
    }

    /**
     * The body of a provision: COP for a COP resolution or decision (also when a working-group compendium reproduces
     * it), the body whose symbol prefix starts the citation's work, else the document's body.
     */
    static Body body(Citation citation, Body documentBody) {
        String work = citation.work();
        if (work.startsWith("COP ")) {
            return Body.COP;
        }
        for (Body b : List.of(Body.WG_TIP, Body.WG_SOM)) {
            if (work.startsWith(b.symbolPrefix() + "/")) {
                return b;
            }
        }
        return documentBody;
    }

    /**
     * The year of a provision: the one its citation's work names ({@code CTOC/COP/WG.7/2012}), else the document's
     * when the provision belongs to the document's own meeting or session; a resolution quoted in a compendium has no
     * year of its own here rather than the compendium's.
     */
    static Integer year(Provision p, DocumentMetadata meta) {
        Matcher m = WORK_YEAR.matcher(p.citation().work());
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        return sameMeeting(p, meta) ? meta.year() : null;
    }

    private static boolean sameMeeting(Provision p, DocumentMetadata meta) {
        boolean meeting = p.meeting() != null && p.meeting().equals(meta.meeting());
        boolean session = p.session() != null && p.session().equals(meta.session());
        return meeting || session;
    }

    /** Only recommendations and operative paragraphs (and their sub-paragraphs) are addressed to someone. */
    private static List<String> addressees(Provision p) {
        return p.kind() == ProvisionKind.RECOMMENDATION || p.kind() == ProvisionKind.OPERATIVE
                || p.kind() == ProvisionKind.SUBPARAGRAPH ? Addressees.read(p.text()) : List.of();
    }
}
