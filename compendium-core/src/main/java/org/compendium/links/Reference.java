package org.compendium.links;

import org.compendium.model.Citation;
import org.compendium.model.Work;

/**
 * One explicit reference read from a provision's text: what it names, as written and where, and the stored work it
 * resolves to. A reference the store cannot resolve is kept, with {@code storedWork} null: it is never dropped.
 *
 * @param type       what it names
 * @param work       the work it names, when it is one of the model's ({@code COP res. 5/3}, {@code A/RES/70/1}, a
 *                   treaty, a document by symbol); null when the text does not make it clear (a treaty not named, a
 *                   body not named) or the model has no work for it (another body's resolution)
 * @param article    for a treaty article, its citation ({@code SOM Protocol art. 6(1)}), else null
 * @param target     what it names, printed: the article's citation, else the work, else as much as the text says
 *                   ({@code art. 18}, {@code res. 53/6}, {@code HRC res. 53/6}, {@code S/RES/2698 (2023)})
 * @param written    the words of the text that name it (for a list, the item: {@code 10/3 du 16 octobre 2020})
 * @param start      where they start in the provision's text
 * @param end        where they end (exclusive)
 * @param storedWork the stored work it resolves to (for a symbol, the work stored under it), or null
 */
public record Reference(ReferenceType type, Work work, Citation article, String target, String written, int start, int end,
                        Work storedWork) {
    public Reference {
        if (type == null || target == null || target.isBlank() || written == null || start < 0 || end < start) {
            throw new IllegalArgumentException("a reference needs a type, a target, its words and their place");
        }
    }

    /** An unresolved reference to a work of the model. */
    static Reference to(ReferenceType type, Work work, String written, int start, int end) {
        return new Reference(type, work, null, work.toString(), written, start, end, null);
    }

    /** An unresolved reference to something the model has no work for, or that the text leaves unclear. */
    static Reference unclear(ReferenceType type, String target, String written, int start, int end) {
        return new Reference(type, null, null, target, written, start, end, null);
    }

    /** An unresolved reference to a treaty article. */
    static Reference toArticle(Citation article, String written, int start, int end) {
        return new Reference(ReferenceType.TREATY_ARTICLE, article.work(), article, article.toString(), written, start, end, null);
    }

    /** Whether the store holds what it names. */
    public boolean resolved() {
        return storedWork != null;
    }

    /** The same reference resolved to {@code stored} (null: unresolved). */
    Reference resolvedTo(Work stored) {
        return new Reference(type, work, article, target, written, start, end, stored);
    }
}
