package org.compendium.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable, typeable reference to one provision: its {@link Work} and its {@link Eid}, e.g.
 * {@code COP res. 11/5 op. 4(b)}, {@code CTOC/COP/WG.7 meeting 8 rec. 12}, {@code COP dec. 2/4 (n)(iii)},
 * {@code A/RES/80/9 annex 1 para. 18(c)}, {@code SOM Protocol art. 6(1)(a)}.
 *
 * <p>A citation is the same in every language version of its work. {@link #parse} accepts what people type (missing
 * dots, extra spaces, any case) and {@link #toString} prints the canonical form, so {@code parse(c.toString()).equals(c)}.
 * A citation typed with a document symbol as its work ({@code CTOC/COP/WG.7/2021/3 rec. 12}) parses to a
 * {@link Work.SymbolDocument} work, which the store resolves to the work stored under that symbol.
 */
public record Citation(Work work, Eid eId) {
    /*
     * WORK EID, where EID is the citation form of an eId at the end of the text (see Eid.citationText) and WORK what
     * stands before it (see Work.parse). The work is matched lazily, so the eId takes all it can of the end.
     */
    private static final Pattern SHAPE = Pattern.compile("^(?<work>.+?)\\s+(?<eid>" + Eid.citationPattern().pattern() + ")\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String EXAMPLES = "Expected e.g. 'CTOC/COP/WG.7 meeting 8 rec. 12', 'COP res. 11/5 op. 4(b)', "
            + "'COP res. 6/3 pp. 5', 'COP dec. 2/4 (n)(iii)', 'CTOC/COP session 12 report 2024-07-23 para. 29' "
            + "or 'A/RES/80/9 annex 1 para. 18(c)'";

    public Citation {
        if (work == null || eId == null) {
            throw new IllegalArgumentException("a citation needs a work and an eId");
        }
    }

    /** The citation of {@code eId} in {@code work}. */
    public static Citation of(Work work, Eid eId) {
        return new Citation(work, eId);
    }

    /** A citation one level down: this one with {@code label} appended as a sub-paragraph. */
    public Citation child(String label) {
        return new Citation(work, eId.child(label));
    }

    /** The citation one level up, or null for a top-level provision. */
    public Citation parent() {
        Eid up = eId.parent();
        return up == null ? null : new Citation(work, up);
    }

    /** The sub-paragraph labels below the provision's own number, outermost first ({@code op. 4(b)} → {@code [b]}). */
    public List<String> subdivisions() {
        return eId.subdivisions();
    }

    /** The provision's own series and number ({@code op_4} of {@code op. 4(b)}). */
    public Eid.Part main() {
        return eId.main();
    }

    /**
     * The fragment identifier of this provision in a document of {@code documentWork}: its eId when it is of that work
     * ({@code op_4__subpara_b}), else its work's slug and eId ({@code cop-res-6-3.op_3}, as a compendium holds the
     * provisions of many works). One scheme for the Akoma Ntoso export, the web pages and the published editions.
     */
    public String anchorIn(Work documentWork) {
        return work.equals(documentWork) ? eId.toString() : anchor();
    }

    /** The fragment identifier of this provision wherever it stands among other works' (an edition): {@code cop-res-6-3.op_3}. */
    public String anchor() {
        return work.slug() + "." + eId;
    }

    /**
     * Parses a citation as typed by a person.
     *
     * @throws IllegalArgumentException with a message saying what shape is expected
     */
    public static Citation parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no citation given. " + EXAMPLES);
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a citation: '" + text + "'. " + EXAMPLES);
        }
        Work work;
        try {
            work = Work.parse(m.group("work"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a citation: '" + text + "': " + e.getMessage() + ". " + EXAMPLES);
        }
        return new Citation(work, Eid.fromCitationText(m.group("eid")));
    }

    @Override
    public String toString() {
        return work + " " + eId.citationText();
    }
}
