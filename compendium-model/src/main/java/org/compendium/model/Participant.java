package org.compendium.model;

/**
 * A State (or the European Union) listed as taking part in a meeting.
 *
 * @param stateId   a stable identifier: the ISO 3166-1 alpha-3 code where one exists ({@code USA}), {@code EUE} for
 *                  the European Union, {@code VAT} for the Holy See, {@code PSE} for the State of Palestine
 * @param name      the name as printed, normalised (so {@code États -Unis d’Amérique} reads {@code États-Unis d’Amérique})
 * @param role      in what capacity it took part
 * @param paragraph the number of the report paragraph that lists it
 */
public record Participant(String stateId, String name, ParticipationRole role, String paragraph) {
    public Participant {
        if (stateId == null || stateId.isBlank() || role == null) {
            throw new IllegalArgumentException("a participant needs a state identifier and a role");
        }
    }
}
