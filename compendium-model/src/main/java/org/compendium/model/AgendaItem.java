package org.compendium.model;

/**
 * One item of a meeting's adopted agenda.
 *
 * @param number the item's number, with a sub-item letter when it is one ({@code 1}, {@code 1 a})
 * @param title  the item's title, normalised
 */
public record AgendaItem(String number, String title) {
}
