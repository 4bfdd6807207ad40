package org.compendium.model;

import java.time.LocalDate;

/** The first and last day of a meeting or session (equal for a one-day meeting). */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("bad date range " + start + " .. " + end);
        }
    }

    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }
}
