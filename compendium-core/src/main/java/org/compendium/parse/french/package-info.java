/**
 * French-language reading helpers: ordinal words and numbers, date expressions, the French short names of States and
 * the enumerations of names printed in participant lists.
 *
 * <p>Owns: {@link org.compendium.parse.french.FrenchOrdinals}, {@link org.compendium.parse.french.FrenchDates},
 * {@link org.compendium.parse.french.StateNames}, {@link org.compendium.parse.french.NameLists} and {@link org.compendium.parse.french.FrenchLeadingVerbs}. Every public
 * method is a pure function of its arguments; the only data is the read-only State table loaded once from the
 * class path ({@code states-fr.tsv}).
 *
 * <p>Must not import: anything outside {@code java.*} and {@code org.compendium.model} (a test checks this).
 */
package org.compendium.parse.french;
