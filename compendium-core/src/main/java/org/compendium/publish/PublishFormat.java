package org.compendium.publish;

import java.util.List;
import java.util.Locale;

/** The formats an edition is published in; {@link Publisher} renders each in an exhaustive switch. */
public sealed interface PublishFormat {
    /** One self-contained HTML file (inline CSS, A4 print rules). */
    record Html() implements PublishFormat { }

    /** A4 PDF made from the HTML by openhtmltopdf, with embedded fonts and a table of contents with page numbers. */
    record Pdf() implements PublishFormat { }

    /** Word document: heading styles, a TOC field, tables with repeating header rows, shaded COP rows. */
    record Docx() implements PublishFormat { }

    /** Markdown: headings, paragraphs, the index as one pipe table. */
    record Markdown() implements PublishFormat { }

    /** The whole edition as JSON. */
    record Json() implements PublishFormat { }

    /** The index rows as CSV (RFC 4180), one row per theme and meeting or instrument. */
    record Csv() implements PublishFormat { }

    /** The names accepted by {@link #parse}, in the order they are documented. */
    List<String> NAMES = List.of("html", "pdf", "docx", "md", "json", "csv");

    /** The format's name, which is also its file extension. */
    default String name() {
        return switch (this) {
            case Html h -> "html";
            case Pdf p -> "pdf";
            case Docx d -> "docx";
            case Markdown m -> "md";
            case Json j -> "json";
            case Csv c -> "csv";
        };
    }

    /** The format's media type, for a download. */
    default String mediaType() {
        return switch (this) {
            case Html h -> "text/html; charset=utf-8";
            case Pdf p -> "application/pdf";
            case Docx d -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case Markdown m -> "text/markdown; charset=utf-8";
            case Json j -> "application/json";
            case Csv c -> "text/csv; charset=utf-8";
        };
    }

    /** Reads {@code html}, {@code pdf}, {@code docx}, {@code md} (or {@code markdown}), {@code json} or {@code csv}. */
    static PublishFormat parse(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> new Html();
            case "pdf" -> new Pdf();
            case "docx" -> new Docx();
            case "md", "markdown" -> new Markdown();
            case "json" -> new Json();
            case "csv" -> new Csv();
            default -> throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + NAMES);
        };
    }
}
