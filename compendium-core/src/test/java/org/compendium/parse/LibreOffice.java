package org.compendium.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice run headless ({@code soffice --headless --convert-to}), as a user would turn a text into a PDF or a
 * DOCX: Debian's {@code libreoffice-writer}, installed by {@code .ci/install-deps}. Each call converts a batch of
 * files in one process, with a profile of its own so that it never meets a user's running LibreOffice.
 *
 * <p>The input is HTML with one {@code <p>} a paragraph and the language's direction ({@link #html}): LibreOffice
 * imports plain text into left-to-right paragraphs, which lays an Arabic paragraph out with its final comma on the
 * wrong side, so a text file is not what an Arabic document would be converted from.
 */
final class LibreOffice {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final long TIMEOUT_SECONDS = 300;

    private LibreOffice() {
    }

    static boolean present() {
        return Files.isExecutable(SOFFICE);
    }

    /**
     * An HTML page of the lines of a text, one {@code <p>} each (the fixtures' paragraphs, headings, and an article's
     * number and title), in its language and writing direction.
     */
    static String html(String text, String languageCode, boolean rightToLeft) {
        return html(text, languageCode, rightToLeft, java.util.Map.of());
    }

    /**
     * The same page with footnotes: the paragraph at each key (counting the text's non-blank lines from 0) gets a
     * footnote mark, and the footnote, its value, is set at the foot of the page, in LibreOffice's own HTML for
     * footnotes (which it imports as real footnotes: small print under a drawn rule, the marks raised).
     */
    static String html(String text, String languageCode, boolean rightToLeft, java.util.Map<Integer, String> footnotes) {
        String dir = rightToLeft ? "rtl" : "ltr";
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + languageCode + "\" dir=\"" + dir
                + "\"><head><meta charset=\"utf-8\"><title></title></head><body>\n");
        StringBuilder notes = new StringBuilder();
        int index = 0;
        int number = 0;
        for (String line : text.split("\\n")) {
            if (!line.isBlank()) {
                sb.append("<p dir=\"").append(dir).append("\">").append(escape(line.strip()));
                String note = footnotes.get(index++);
                if (note != null) {
                    number++;
                    sb.append("<a class=\"sdfootnoteanc\" name=\"sdfootnote").append(number).append("anc\" href=\"#sdfootnote")
                            .append(number).append("sym\"><sup>").append(number).append("</sup></a>");
                    notes.append("<div id=\"sdfootnote").append(number).append("\"><p class=\"sdfootnote\" dir=\"").append(dir)
                            .append("\"><a class=\"sdfootnotesym\" name=\"sdfootnote").append(number).append("sym\" href=\"#sdfootnote")
                            .append(number).append("anc\">").append(number).append("</a> ").append(escape(note)).append("</p></div>\n");
                }
                sb.append("</p>\n");
            }
        }
        return sb.append(notes).append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Converts UTF-8 HTML files to {@code format} ({@code pdf}, {@code docx}) into {@code outDir}; returns the converted
     * files in the order given.
     */
    static List<Path> convert(List<Path> htmls, String format, Path outDir, Path profile) throws IOException, InterruptedException {
        if (!present()) {
            throw new IllegalStateException("LibreOffice is not installed at " + SOFFICE + "; run .ci/install-deps as root "
                    + "(it installs libreoffice-writer, fonts-noto-core and fonts-noto-cjk)");
        }
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--infilter=HTML (StarWriter)", "--convert-to", format, "--outdir",
                outDir.toString()));
        htmls.forEach(t -> command.add(t.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in " + TIMEOUT_SECONDS + " s: " + output);
        }
        List<Path> out = new ArrayList<>();
        for (Path t : htmls) {
            String name = t.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            if (!Files.isRegularFile(converted)) {
                throw new IOException("soffice did not write " + converted + " (exit " + process.exitValue() + "): " + output);
            }
            out.add(converted);
        }
        return out;
    }
}
