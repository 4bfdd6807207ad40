package org.compendium.model;

import java.time.Instant;

/**
 * One line of the theme audit log: who changed what, when, and the state before and after.
 *
 * @param id       the log's sequence number
 * @param editor   the editor's user name
 * @param at       when
 * @param action   what was done ({@code accept}, {@code reject}, {@code add}, {@code import})
 * @param citation the provision concerned, or null for a vocabulary-wide change
 * @param themeId  the theme concerned, or null
 * @param before   the state before ({@code none}, {@code imported}, a verdict code, or counts), never null
 * @param after    the state after, never null
 */
public record AuditEntry(long id, String editor, Instant at, String action, String citation, String themeId,
                         String before, String after) {
}
