package org.compendium.model;

import java.util.List;
import java.util.Optional;

/**
 * The sessions of the Conference of the Parties to the Organized Crime Convention: the year each opened, for works
 * whose text gives no date of their own (a resolution printed alone names its session, not its days).
 */
public final class CopSessions {
    /** The year sessions 1 to 12 opened: annual until 2006, every two years since 2008. */
    public static final List<Integer> YEARS = List.of(2004, 2005, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024);

    private CopSessions() {
    }

    /** The year session {@code session} opened, or empty for a session outside the table. */
    public static Optional<Integer> year(int session) {
        return session >= 1 && session <= YEARS.size() ? Optional.of(YEARS.get(session - 1)) : Optional.empty();
    }
}
