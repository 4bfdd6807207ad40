package org.compendium.links;

import java.util.List;

/**
 * The one JSON shape of a provision's references, shared by {@code compendium references --json} and
 * {@code GET /api/provisions/{citation}/references}.
 *
 * @param citation  the provision's citation
 * @param documents one entry per stored document holding it
 */
public record ReferencesJson(String citation, List<InDocument> documents) {
    public ReferencesJson {
        documents = List.copyOf(documents);
    }

    /** The shape of what {@link ProvisionReferences#of(org.compendium.model.Citation)} found. */
    public static ReferencesJson of(String citation, List<ProvisionReferences.Found> found) {
        return new ReferencesJson(citation, found.stream().map(f -> new InDocument(f.document().id(), f.document().source(),
                f.language().map(l -> l.code()).orElse(null),
                f.references().stream().map(r -> Item.of(r, f.verdict(r).orElse(null))).toList())).toList());
    }

    /**
     * The references of one copy.
     *
     * @param document   the document's id
     * @param source     its source file
     * @param language   the language the references were read in, or null when that language has no reference data yet
     * @param references in text order
     */
    public record InDocument(long document, String source, String language, List<Item> references) {
    }

    /**
     * One reference.
     *
     * @param type       its type code ({@code cop-resolution}, {@code treaty-article}, ...)
     * @param target     what it names
     * @param written    the words that name it
     * @param start      where they start in the provision's text
     * @param end        where they end
     * @param resolved   whether the store holds what it names
     * @param storedWork the stored work it resolves to, or null
     * @param editor     {@code confirmed} or {@code rejected} when an editor settled the reference, else null
     */
    public record Item(String type, String target, String written, int start, int end, boolean resolved, String storedWork,
                       String editor) {
        static Item of(Reference r, org.compendium.store.LinkStore.Verdict verdict) {
            return new Item(r.type().code(), r.target(), r.written(), r.start(), r.end(), r.resolved(),
                    r.storedWork() == null ? null : r.storedWork().toString(), verdict == null ? null : verdict.code());
        }
    }
}
