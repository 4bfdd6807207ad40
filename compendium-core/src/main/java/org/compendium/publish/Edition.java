package org.compendium.publish;

import org.compendium.model.IndexPart;

import java.util.List;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DateRange;
import org.compendium.model.Language;

/**
 * One edition of a thematic compendium: title, introduction, part A (the working group's recommendations by meeting),
 * part B (the Conference's resolutions and decisions by session) and the thematic index, ready to render.
 *
 * @param body         the working group whose compendium it is
 * @param language     the ISO 639-1 code of its text
 * @param meetings     the meetings it covers, as requested
 * @param sessions     the sessions it covers, as requested
 * @param title        the title
 * @param introduction the introduction's paragraphs, verbatim from the stored compendium
 * @param partA        the meetings found, in order (a meeting in range but nowhere in the store is in {@code notes})
 * @param partB        the sessions found, in order
 * @param index        the index's themes that have at least one row, in vocabulary order
 * @param notes        what was asked for but could not be included, and why (never dropped silently)
 * @param missing      the provisions of the edition's works that the store lacks in its language, in edition order:
 *                     shown in another language with a marker, or left out
 */
public record Edition(Body body, String language, NumberRange meetings, NumberRange sessions, String title,
                      List<String> introduction, List<Meeting> partA, List<Session> partB, List<IndexTheme> index,
                      List<String> notes, List<Missing> missing) {
    public Edition {
        introduction = List.copyOf(introduction);
        partA = List.copyOf(partA);
        partB = List.copyOf(partB);
        index = List.copyOf(index);
        notes = List.copyOf(notes);
        missing = List.copyOf(missing);
    }

    /** The edition's language. */
    public Language lang() {
        return Language.fromCode(language);
    }

    /** The interface texts of the edition's language. */
    public EditionTexts texts() {
        return EditionTexts.of(lang());
    }

    /** The heading of part A, e.g. {@code A. Recommandations adoptées par le Groupe de travail de sa première à sa sixième réunion}. */
    public String partAHeading() {
        return texts().text("partA.heading", texts().span(partA.stream().map(Meeting::number).toList(), EditionTexts.Noun.MEETING));
    }

    /** The heading of part B. */
    public String partBHeading() {
        return texts().text("partB.heading", texts().span(partB.stream().map(Session::number).toList(), EditionTexts.Noun.SESSION));
    }

    /** The title of the index. */
    public String indexHeading() {
        return texts().text("index.heading");
    }

    /**
     * A provision of the edition's works that the store lacks in the edition's language.
     *
     * @param reference the compendium reference it has ({@code I.22})
     * @param citation  the provision
     * @param shownIn   the language it is shown in instead, with a marker, or null when it is left out
     */
    public record Missing(String reference, Citation citation, Language shownIn) {
    }

    /** How many references the index holds (one per theme and provision). */
    public int indexReferences() {
        return index.stream().mapToInt(t -> t.rows().stream().mapToInt(r -> r.references().size()).sum()).sum();
    }

    /**
     * One line of the table of contents (and one entry of the PDF outline).
     *
     * @param level   1 for the introduction, a part or the index, 2 for a meeting or session
     * @param id      the id of the section it points to
     * @param heading the section's heading
     */
    public record ContentsLine(int level, String id, String heading) {
    }

    /**
     * The table of contents of every format: the introduction, each part and its meetings or sessions, the index
     * (the PDF outline has the same lines).
     */
    public List<ContentsLine> contents() {
        java.util.List<ContentsLine> lines = new java.util.ArrayList<>();
        lines.add(new ContentsLine(1, "introduction", texts().text("introduction")));
        if (!partA.isEmpty()) {
            lines.add(new ContentsLine(1, "part-a", partAHeading()));
        }
        partA.forEach(m -> lines.add(new ContentsLine(2, "meeting-" + m.number(), m.heading())));
        if (!partB.isEmpty()) {
            lines.add(new ContentsLine(1, "part-b", partBHeading()));
        }
        partB.forEach(s -> lines.add(new ContentsLine(2, "session-" + s.number(), s.heading())));
        lines.add(new ContentsLine(1, "index", indexHeading()));
        return lines;
    }

    /** Every entry of both parts, in edition order. */
    public List<Entry> entries() {
        java.util.List<Entry> out = new java.util.ArrayList<>();
        partA.forEach(m -> out.addAll(m.entries()));
        partB.forEach(s -> s.instruments().forEach(i -> out.addAll(i.entries())));
        return out;
    }


    /**
     * One meeting of part A.
     *
     * @param number       the meeting number
     * @param roman        its roman numeral, the first part of its references ({@code VIII})
     * @param heading      e.g. {@code I. Première réunion, du 30 mai au 1er juin 2012}
     * @param dates        the meeting's dates, or null when unknown
     * @param reportSymbol the meeting report's symbol as the index cites it, or null
     * @param source       the stored document the entries come from
     * @param entries      its recommendations and their sub-paragraphs, in order
     */
    public record Meeting(int number, String roman, String heading, DateRange dates, String reportSymbol, String source,
                          List<Entry> entries) {
        public Meeting {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One session of part B.
     *
     * @param number      the session number
     * @param roman       its roman numeral
     * @param heading     e.g. {@code V. Cinquième session, du 18 au 22 octobre 2010}
     * @param dates       the session's dates, or null
     * @param instruments its resolutions and decisions, in order
     */
    public record Session(int number, String roman, String heading, DateRange dates, List<Instrument> instruments) {
        public Session {
            instruments = List.copyOf(instruments);
        }
    }

    /**
     * A resolution or decision of part B.
     *
     * @param name    {@code Résolution 5/3} or {@code Décision 1/6}
     * @param title   its title
     * @param opening its opening formula ({@code La Conférence des Parties ...,})
     * @param entries its preambular paragraphs ({@code al. N}), operative paragraphs and sub-paragraphs, in order
     */
    public record Instrument(String name, String title, String opening, List<Entry> entries) {
        public Instrument {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One numbered paragraph of the edition.
     *
     * @param reference   the compendium reference, e.g. {@code I.22}, {@code V.2.e}, {@code VI.al. 5}, {@code VIII.3}
     * @param citation    the provision's citation
     * @param number      its number as printed: {@code 22.}, {@code e)}, {@code al. 5}, {@code iii)}
     * @param depth       0 for a top-level paragraph, 1 for a sub-paragraph, ...
     * @param leadingVerb the leading verb (printed in italics), or null; when set, {@code text} starts with it
     * @param text        the footnote-free text, without markup
     * @param shownIn     the language of {@code text} when it is not the edition's (a fallback, printed with a marker),
     *                    else null
     */
    public record Entry(String reference, Citation citation, String number, int depth, String leadingVerb, String text,
                        Language shownIn) {
        public Entry {
            if (reference == null || citation == null || number == null || text == null) {
                throw new IllegalArgumentException("an entry needs a reference, citation, number and text");
            }
        }

        /** An entry in the edition's language. */
        public Entry(String reference, Citation citation, String number, int depth, String leadingVerb, String text) {
            this(reference, citation, number, depth, leadingVerb, text, null);
        }

        /** Whether it belongs to part B (its reference cites a session). */
        public boolean cop() {
            return IndexPart.of(citation.work()) == IndexPart.B;
        }
    }

    /**
     * A theme of the index with its rows.
     *
     * @param id    the theme's id
     * @param label its label in the edition's language, else in French
     * @param rows  its rows: part A rows by meeting, then part B rows by session
     * @param labelShownIn the language of {@code label} when the theme has none in the edition's language (printed
     *                     with a marker), else null
     */
    public record IndexTheme(String id, String label, List<IndexRow> rows, Language labelShownIn) {
        public IndexTheme {
            rows = List.copyOf(rows);
        }

        /** A theme labelled in the edition's language. */
        public IndexTheme(String id, String label, List<IndexRow> rows) {
            this(id, label, rows, null);
        }
    }

    /**
     * One row of the index: one theme's references into one meeting's or one instrument's provisions.
     *
     * @param part            A or B (B rows are shaded)
     * @param references      the references, in edition order
     * @param reportSymbol    the meeting or session report the row names, or null
     * @param instrument      for part B, {@code Résolution 5/3}; else null
     * @param paragraphs      the report paragraph numbers column, e.g. {@code 24, 25, 28 et 30} (may be empty)
     * @param recommendations the recommendation numbers column, for reports that number recommendations separately
     */
    public record IndexRow(IndexPart part, List<IndexReference> references, String reportSymbol, String instrument,
                           String paragraphs, String recommendations) {
        public IndexRow {
            references = List.copyOf(references);
        }

        /** The reference cell, e.g. {@code I.21, I.22, I.25 et I.27}, in the language of {@code texts}. */
        public String referenceCell(EditionTexts texts) {
            return texts.list(references.stream().map(IndexReference::reference).toList());
        }
    }

    /**
     * One reference of an index row.
     *
     * @param reference    the compendium reference
     * @param citation     the provision it points to
     * @param reportNumber the report paragraph or recommendation number, or null when unknown
     */
    public record IndexReference(String reference, Citation citation, String reportNumber) {
    }
}
