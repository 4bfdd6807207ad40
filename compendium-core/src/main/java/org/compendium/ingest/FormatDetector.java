package org.compendium.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compendium.model.SourceFormat;

/**
 * A detector of a source file's format: magic bytes first, then the file name's extension.
 *
 * <p>Content wins over the name because files are often misnamed (a PDF saved as {@code .txt}, a DOCX downloaded
 * without extension). The extension decides only when the content has no recognised signature; plain text has none.
 */
public final class FormatDetector {
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** The PDF header may follow some junk; readers (and Acrobat) accept it within the first 1024 bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final String DOCX_MAIN_PART = "word/document.xml";

    /**
     * Returns the format of a file, or empty when neither its content nor its name identifies one.
     *
     * @param fileName the file name, used for its extension (case-insensitive)
     * @param bytes    the whole file content
     */
    public Optional<SourceFormat> detect(String fileName, byte[] bytes) {
        if (isPdf(bytes)) {
            return Optional.of(SourceFormat.PDF);
        }
        if (startsWith(bytes, ZIP_MAGIC, 0) && containsZipEntry(bytes, DOCX_MAIN_PART)) {
            return Optional.of(SourceFormat.DOCX);
        }
        return byExtension(fileName);
    }

    /** Returns the format that a file name's extension stands for, or empty for an unknown extension. */
    public Optional<SourceFormat> byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "txt", "text" -> Optional.of(SourceFormat.TEXT);
            case "md", "markdown" -> Optional.of(SourceFormat.MARKDOWN);
            case "pdf" -> Optional.of(SourceFormat.PDF);
            case "docx" -> Optional.of(SourceFormat.DOCX);
            default -> Optional.empty();
        };
    }

    private static boolean isPdf(byte[] bytes) {
        int last = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
        for (int i = 0; i <= last; i++) {
            if (startsWith(bytes, PDF_MAGIC, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the zip's entries in order; cheap enough, since files reaching this point are under the size limit. */
    private static boolean containsZipEntry(byte[] bytes, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // A damaged zip is not recognisable by content; the extension decides and its reader reports the damage.
            return false;
        }
    }
}
