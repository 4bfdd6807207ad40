package org.compendium.app.cli;

import org.compendium.model.DateRange;

/** Short texts shared by the commands' output: how a meeting, dates or a missing value are shown. */
final class Describe {
    /** What the table and summary lines print for an unknown value. */
    static final String NONE = org.compendium.pipeline.IngestSummary.NONE;

    private Describe() {
    }

    /** {@code meeting 8}, {@code session 11}, or {@link #NONE}. */
    static String meeting(Integer meeting, Integer session) {
        return org.compendium.pipeline.IngestSummary.meeting(meeting, session);
    }

    /** {@code 2021-10-14..2021-10-15}, a single day, or {@link #NONE}. */
    static String dates(DateRange dates) {
        return org.compendium.pipeline.IngestSummary.dates(dates);
    }

    /** The text, or {@link #NONE} when null or blank. */
    static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    /** The text cut to {@code max} characters with an ellipsis, on one line. */
    static String cut(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1).stripTrailing() + "…";
    }
}
