package org.compendium.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A strict decoder of UTF-8 text and Markdown files: bytes in, the exact text out, or a rejection.
 *
 * <p>A leading byte order mark (U+FEFF) is dropped, so character offsets of later stages count from the first
 * character after it; the byte offsets in rejection messages, by contrast, count from the start of the file, BOM
 * included, so that they match what a hex editor shows. Line breaks are kept as they are ({@code \r\n} stays).
 */
public final class TextFileReader {
    /** Above this share of control characters (other than tab, line feed, carriage return, form feed) a file is binary. */
    static final double MAX_CONTROL_SHARE = 0.01;

    /**
     * Decodes a whole file as UTF-8.
     *
     * @param name  the file name, for messages
     * @param bytes the file content
     * @return the decoded text without a leading BOM
     * @throws RejectedInputException if the bytes contain NUL bytes, are not valid UTF-8, or are mostly control characters
     */
    public String decode(String name, byte[] bytes) throws RejectedInputException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new RejectedInputException(name,
                    "the file looks binary, not text (NUL byte at byte offset " + nul + ")",
                    "Give a .txt or .md file saved as UTF-8, or a .pdf or .docx with the right extension"
                            + " (a UTF-16 text file must be re-saved as UTF-8)");
        }
        String text = strictUtf8(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        long controls = text.chars().filter(TextFileReader::isStrayControl).count();
        if (controls > 0 && controls > MAX_CONTROL_SHARE * text.length()) {
            throw new RejectedInputException(name,
                    "the file looks binary, not text (" + controls + " of its " + text.length() + " characters are control characters)",
                    "Give a .txt or .md file saved as UTF-8, or a .pdf or .docx with the right extension");
        }
        return text;
    }

    private static String strictUtf8(String name, byte[] bytes) throws RejectedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new RejectedInputException(name,
                    String.format(Locale.ROOT, "the file is not valid UTF-8 (bad byte 0x%02X at byte offset %d, line %d)",
                            bytes[offset] & 0xFF, offset, lineOf(bytes, offset)),
                    "Re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        }
        if (!result.isUnderflow()) {
            // Cannot happen with the buffer sized above; fail loudly rather than return a truncated text.
            throw new IllegalStateException("UTF-8 decoding of " + name + " stopped early: " + result);
        }
        return out.flip().toString();
    }

    /** Returns the 1-based line number of a byte offset, counting line feeds before it. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A control character that has no place in running text (tab, line breaks and form feed do). */
    private static boolean isStrayControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
}
