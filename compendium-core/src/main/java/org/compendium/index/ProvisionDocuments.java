package org.compendium.index;

import org.compendium.model.TextFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.grammar.VerbStrength;

/**
 * The mapper between a {@link ProvisionEntry} and its Lucene document: the only place Lucene documents are built.
 *
 * <p>Per entry: the text in its language's field ({@code text.fr}), stored, with offsets in the postings so snippets
 * need no re-analysis, again as roots ({@code roots.fr}, {@link RootAnalyzer}) where the language has them, and
 * as word pairs ({@code pairs.fr}, {@link WordPairs}); every filter field as a keyword indexed under its {@linkplain TextFolding#key folded key}
 * (case and accents ignored); the displayed values as stored fields ({@code v.*}); the facets as sorted-set doc values;
 * the date as a numeric doc value for sorting; and the exact source name and digest used to replace a re-ingested
 * document.
 */
final class ProvisionDocuments {
    static final String DATE = "date";
    /** The exact (unfolded) source file name and digest, the keys of re-indexing. */
    static final String DOC_SOURCE = "doc.source";
    static final String DOC_SHA = "doc.sha256";
    /**
     * The key that groups a provision's documents into one hit: its citation (work and eId), folded — the same in each
     * of its language versions and in every document that reproduces it. A sorted doc value, which grouping reads.
     */
    static final String GROUP = "group";
    /**
     * The series of the provision's numbered unit ({@code rec}, {@code op}, {@code pp}, {@code para}, {@code art}): a
     * sub-paragraph's is its parent's, so the items of a report's paragraph are told from a recommendation's
     * ({@link KindPrior}). Not stored; no filter names it.
     */
    static final String UNIT = "unit";
    private static final String STORED = "v.";
    /** The stored field of the language code. */
    static final String STORED_LANGUAGE = STORED + SearchFields.LANGUAGE;
    private static final String SEP = "\u001F";

    private static final FieldType TEXT = tokenized(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** A root field ({@link RootAnalyzer}): scored words, no positions (no phrase reads it), not stored. */
    private static final FieldType ROOTS = tokenized(false, IndexOptions.DOCS_AND_FREQS);
    /** A pair field ({@link WordPairs}): positions (a phrase of three words or more is a phrase of pairs), not stored. */
    private static final FieldType PAIRS = tokenized(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private final LanguageAnalyzers analyzers;
    private final FacetsConfig facets;

    ProvisionDocuments(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.facets = facetsConfig();
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : SearchFields.MULTI_VALUED) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    /** A tokenized field type, frozen. */
    private static FieldType tokenized(boolean stored, IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    /** The term of every Lucene document read from the source with this digest. */
    static Term bySha(String sha256) {
        return new Term(DOC_SHA, sha256);
    }

    /** The term of every Lucene document read from a source file of this name. */
    static Term bySource(String source) {
        return new Term(DOC_SOURCE, source);
    }

    /** The term of every Lucene document of provisions with this citation. */
    static Term byCitation(Citation citation) {
        return new Term(SearchFields.CITATION, TextFolding.keyword(citation.toString()));
    }

    /** The Lucene document of an entry, facets included. */
    Document toDocument(ProvisionEntry e) {
        Document doc = new Document();
        String textField = analyzers.textField(e.language());
        doc.add(new Field(textField, e.text(), TEXT));
        analyzers.rootField(textField).ifPresent(roots -> doc.add(new Field(roots, e.text(), ROOTS)));
        analyzers.pairField(textField).ifPresent(pairs -> doc.add(new Field(pairs, e.text(), PAIRS)));
        doc.add(new StringField(DOC_SOURCE, e.source(), Field.Store.NO));
        doc.add(new StringField(DOC_SHA, e.sha256(), Field.Store.NO));
        keyword(doc, SearchFields.CITATION, e.citation().toString());
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(TextFolding.keyword(e.citation().toString()))));
        keyword(doc, SearchFields.BODY, e.body() == null ? null : e.body().code());
        keyword(doc, SearchFields.TYPE, e.type().code());
        keyword(doc, SearchFields.MEETING, text(e.meeting()));
        keyword(doc, SearchFields.SESSION, text(e.session()));
        keyword(doc, SearchFields.YEAR, text(e.year()));
        keyword(doc, SearchFields.KIND, e.kind().code());
        doc.add(new StringField(UNIT, e.citation().main().series().code(), Field.Store.NO));
        keyword(doc, SearchFields.VERB, e.verb());
        keyword(doc, SearchFields.STRENGTH, e.strength().map(VerbStrength::code).orElse(null));
        keyword(doc, SearchFields.LANGUAGE, e.language());
        keyword(doc, SearchFields.SOURCE, e.source());
        e.addressees().forEach(a -> keyword(doc, SearchFields.ADDRESSEE, a));
        e.themes().forEach(t -> keyword(doc, SearchFields.THEME, t));
        e.participants().forEach(s -> keyword(doc, SearchFields.PARTICIPANT, s));
        e.agendaItems().forEach(a -> keyword(doc, SearchFields.AGENDA, a));
        if (e.date() != null) {
            doc.add(new NumericDocValuesField(DATE, e.date().toEpochDay()));
            doc.add(new StoredField(STORED + DATE, e.date().toEpochDay()));
        }
        stored(doc, "label", e.label());
        stored(doc, "path", String.join(SEP, e.path()));
        stored(doc, "sha256", e.sha256());
        stored(doc, "symbol", e.symbol());
        doc.add(new StoredField(STORED + "ordinal", e.ordinal()));
        try {
            return facets.build(doc);
        } catch (java.io.IOException e1) {
            // FacetsConfig.build declares IOException for taxonomy writers; sorted-set facets never throw it.
            throw new IllegalStateException(e1);
        }
    }

    /** The entry a stored Lucene document was built from. */
    ProvisionEntry fromDocument(Document doc) {
        String text = null;
        String language = doc.get(STORED + SearchFields.LANGUAGE);
        for (String field : analyzers.textFields()) {
            if (doc.get(field) != null) {
                text = doc.get(field);
            }
        }
        String path = doc.get(STORED + "path");
        String body = doc.get(STORED + SearchFields.BODY);
        var date = doc.getField(STORED + DATE);
        return new ProvisionEntry(
                Citation.parse(doc.get(STORED + SearchFields.CITATION)),
                text == null ? "" : text,
                language,
                kindOf(doc.get(STORED + SearchFields.KIND)),
                doc.get(STORED + "label"),
                path == null || path.isEmpty() ? List.of() : Arrays.asList(path.split(SEP, -1)),
                doc.get(STORED + SearchFields.VERB),
                List.of(doc.getValues(STORED + SearchFields.ADDRESSEE)),
                List.of(doc.getValues(STORED + SearchFields.THEME)),
                body == null ? null : Body.fromCode(body),
                integer(doc.get(STORED + SearchFields.MEETING)),
                integer(doc.get(STORED + SearchFields.SESSION)),
                integer(doc.get(STORED + SearchFields.YEAR)),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                DocumentType.fromCode(doc.get(STORED + SearchFields.TYPE)),
                doc.get(STORED + SearchFields.SOURCE),
                doc.get(STORED + "sha256"),
                doc.get(STORED + "symbol"),
                doc.getField(STORED + "ordinal").numericValue().intValue(),
                List.of(doc.getValues(STORED + SearchFields.PARTICIPANT)),
                List.of(doc.getValues(STORED + SearchFields.AGENDA)));
    }

    /** A filter field: indexed under its folded key, stored as displayed, and a facet when it is one. */
    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, TextFolding.keyword(value), Field.Store.NO));
        doc.add(new StoredField(STORED + field, value));
        if (SearchFields.FACETS.contains(field)) {
            doc.add(new SortedSetDocValuesFacetField(field, value));
        }
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(STORED + name, value));
        }
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static ProvisionKind kindOf(String code) {
        for (ProvisionKind k : ProvisionKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalStateException("unknown provision kind '" + code + "' in the index; run compendium index rebuild");
    }

    /** The stored-field names to load for {@link #fromDocument}: every text field and every {@code v.*} field. */
    List<String> storedFields() {
        List<String> out = new ArrayList<>(analyzers.textFields());
        for (String f : SearchFields.FILTERS) {
            out.add(STORED + f);
        }
        for (String f : List.of(DATE, "label", "path", "sha256", "symbol", "ordinal")) {
            out.add(STORED + f);
        }
        return out;
    }
}
