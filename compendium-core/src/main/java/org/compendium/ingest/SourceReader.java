package org.compendium.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.compendium.model.SourceFormat;

/**
 * The entry point of ingest: reads one file of any supported format (UTF-8 text, Markdown, PDF, DOCX) into a
 * {@link SourceText}, or rejects it with a message that names the file, the reason and what to do next.
 *
 * <p>It checks the file before reading it (exists, is a regular readable file, not empty, within
 * {@link ReadLimits#maxBytes()}), detects the format with {@link FormatDetector}, and hands the bytes to the reader
 * of that format. See {@link TextFileReader}, {@link PdfTextReader} and {@link DocxTextReader} for the shape of the
 * text each produces. Thread-safe: it holds no mutable state.
 */
public final class SourceReader {
    private final ReadLimits limits;
    private final FormatDetector detector = new FormatDetector();
    private final TextFileReader textReader = new TextFileReader();
    private final PdfTextReader pdfReader = new PdfTextReader();
    private final DocxTextReader docxReader = new DocxTextReader();

    /** Creates a reader with the given limits. */
    public SourceReader(ReadLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        this.limits = limits;
    }

    /** Creates a reader with {@link ReadLimits#defaults()}. */
    public SourceReader() {
        this(ReadLimits.defaults());
    }

    /**
     * Reads a file into a source text.
     *
     * @param file the file to read
     * @return its text, format, SHA-256 and size
     * @throws RejectedInputException if the file is missing, unreadable, a directory, empty, blank, too large, of an
     *                                unknown format, or not decodable in its format
     */
    public SourceText read(Path file) throws RejectedInputException {
        String name = nameOf(file);
        byte[] bytes = readChecked(file, name);
        SourceFormat format = detector.detect(name, bytes).orElseThrow(() -> new RejectedInputException(name,
                "unknown file format (neither its content nor its extension is PDF, DOCX, text or Markdown)",
                "Give a .pdf, .docx, .txt, .md or .markdown file; save other formats (e.g. .doc, .odt, .rtf) as .docx or .pdf"));
        List<String> notes = new ArrayList<>();
        String text = switch (format) {
            case TEXT, MARKDOWN -> textReader.decode(name, bytes);
            case PDF -> pdfReader.extract(name, bytes);
            case DOCX -> docxReader.extract(name, bytes, notes);
        };
        if (text.isBlank()) {
            // Only text and Markdown get here; the PDF and DOCX readers give their own, more specific message.
            throw new RejectedInputException(name, "the file contains only whitespace",
                    "Check that this is the right file, or export the document again");
        }
        return new SourceText(name, format, text, sha256(bytes), bytes.length, notes);
    }

    /** The limits this reader enforces. */
    public ReadLimits limits() {
        return limits;
    }

    private byte[] readChecked(Path file, String name) throws RejectedInputException {
        if (Files.isDirectory(file)) {
            throw new RejectedInputException(name, "it is a directory, not a file",
                    "Give the path of one document file inside it");
        }
        if (!Files.exists(file)) {
            throw new RejectedInputException(name, "the file does not exist (" + file.toAbsolutePath() + ")",
                    "Check the path and the file name");
        }
        if (!Files.isRegularFile(file)) {
            throw new RejectedInputException(name, "it is not a regular file", "Give the path of a document file");
        }
        if (!Files.isReadable(file)) {
            throw new RejectedInputException(name, "the file cannot be read (permission denied)",
                    "Check the file's permissions");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (size == 0) {
            throw new RejectedInputException(name, "the file is empty (0 bytes)",
                    "Check that this is the right file, or download or export it again");
        }
        checkSize(name, size);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        checkSize(name, bytes.length); // the file may have grown since it was measured
        return bytes;
    }

    private void checkSize(String name, long size) throws RejectedInputException {
        if (size > limits.maxBytes()) {
            throw new RejectedInputException(name,
                    String.format(Locale.ROOT, "the file is too large (%,d bytes; the limit is %,d bytes)", size, limits.maxBytes()),
                    "Split the document into smaller files, or raise the size limit");
        }
    }

    private static RejectedInputException unreadable(String name, Throwable cause) {
        return new RejectedInputException(name, "the file could not be read (" + cause + ")",
                "Check that the file is not locked or on an unavailable drive, then try again", cause);
    }

    private static String nameOf(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
