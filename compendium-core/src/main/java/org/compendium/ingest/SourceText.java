package org.compendium.ingest;

import java.util.ArrayList;
import java.util.List;
import org.compendium.model.SourceFormat;

/**
 * The text of one source file, exactly as read: source offsets of every later stage point into {@link #text}.
 * For text and Markdown it is the decoded file; for PDF and DOCX it is the text the reader extracted, made
 * {@linkplain StorableText storable} and its {@linkplain ExtractionForms extraction forms} read here, whoever builds
 * it (a NUL character removed, a broken one replaced, a soft hyphen or an Arabic presentation form read, and a
 * note added saying so), so that no later stage meets text that one store keeps and the other refuses.
 *
 * @param name       the file name, used in messages and exports, and the name the document is stored under: no
 *                   directories, unless another stored document has that name ({@link #named})
 * @param format     the format it was read as
 * @param text       the text that offsets point into
 * @param sha256     hex SHA-256 of the file's bytes
 * @param byteLength the file's size in bytes
 * @param notes      how the reader read what the file holds besides plain text, in plain words (a DOCX's tracked
 *                   changes read as accepted); the parse outcome repeats them as warnings
 */
public record SourceText(String name, SourceFormat format, String text, String sha256, long byteLength, List<String> notes) {
    public SourceText {
        if (name == null || format == null || text == null || sha256 == null) {
            throw new IllegalArgumentException("a source text needs a name, format, text and digest");
        }
        StorableText storable = StorableText.of(text);
        ExtractionForms forms = ExtractionForms.of(storable.text());
        text = forms.text();
        List<String> all = new ArrayList<>(notes);
        storable.note().ifPresent(all::add);
        forms.note().ifPresent(all::add);
        notes = List.copyOf(all);
    }

    /** A source text read without anything to note. */
    public SourceText(String name, SourceFormat format, String text, String sha256, long byteLength) {
        this(name, format, text, sha256, byteLength, List.of());
    }

    /** The same text under another name: the file's folder and name when its name alone is another document's. */
    public SourceText named(String other) {
        return new SourceText(other, format, text, sha256, byteLength, notes);
    }
}
