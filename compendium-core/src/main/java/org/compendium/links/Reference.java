package org.compendium.links;

/**
 * One explicit reference read from a provision's text: what it names, as written and where, and the stored work it
 * resolves to. A reference the store cannot resolve is kept, with {@code storedWork} null: it is never dropped.
 *
 * @param type       what it names
 * @param target     what it names, canonically: {@code COP res. 5/3}, {@code COP dec. 4/5}, {@code A/RES/70/1},
 *                   {@code S/RES/2698 (2023)}, {@code CCPCJ res. 33/1}, {@code Smuggling of Migrants Protocol art. 6(1)},
 *                   {@code art. 18} (no instrument named), {@code res. 53/6} (body not named), or a document symbol
 * @param written    the words of the text that name it (for a list, the item: {@code 10/3 du 16 octobre 2020})
 * @param start      where they start in the provision's text
 * @param end        where they end (exclusive)
 * @param storedWork the work of the store it resolves to ({@code COP res. 5/3}, a document symbol), or null
 */
public record Reference(ReferenceType type, String target, String written, int start, int end, String storedWork) {
    public Reference {
        if (type == null || target == null || target.isBlank() || written == null || start < 0 || end < start) {
            throw new IllegalArgumentException("a reference needs a type, a target, its words and their place");
        }
    }

    /** Whether the store holds what it names. */
    public boolean resolved() {
        return storedWork != null;
    }

    /** The same reference resolved to {@code work} (null: unresolved). */
    Reference resolvedTo(String work) {
        return new Reference(type, target, written, start, end, work);
    }
}
