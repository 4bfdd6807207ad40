/**
 * The structure grammar of UN documents in each of the six official languages, as data: how a resolution or decision
 * is headed and opened, how paragraphs, sub-paragraphs, recommendations and report sections are numbered and lettered
 * in that language's typography, the leading verbs of preambular and operative paragraphs (with their "also",
 * "further", "strongly" variants), the names of the bodies, ordinals of sessions and meetings, and how a text refers
 * to a COP resolution or decision.
 *
 * <p>Owns: {@link org.compendium.parse.grammar.Grammar} (one value per language, looked up by
 * {@link org.compendium.parse.grammar.Grammars#of}), one table class per language ({@code FrenchGrammar},
 * {@code EnglishGrammar}, {@code SpanishGrammar}, {@code RussianGrammar}, {@code ArabicGrammar},
 * {@code ChineseGrammar}), {@link org.compendium.parse.grammar.SpelledOrdinals} (ordinal words generated from CLDR's
 * spell-out rules through ICU4J rather than hand tables), {@link org.compendium.parse.grammar.Dates} (meeting dates
 * with CLDR month names), {@link org.compendium.parse.grammar.Numerals} (Arabic-Indic and Chinese numerals) and
 * {@link org.compendium.parse.grammar.VerbTable}; the tables of other genres, one value per language too:
 * {@link org.compendium.parse.grammar.TreatyGrammar} (the Convention and its Protocols),
 * {@link org.compendium.parse.grammar.CompendiumGrammar} (a compendium's parts, meeting and session headings and index),
 * {@link org.compendium.parse.grammar.IndexWording} (the words of its thematic-index table, read by the themes' import),
 * {@link org.compendium.parse.grammar.Mastheads} (the lines of a document's masthead),
 * {@link org.compendium.parse.grammar.DraftWording} (the drafts a report reproduces for another organ and the
 * paragraph recommending them),
 * {@link org.compendium.parse.grammar.WrappedTitles} (where a title wrapped over lines goes on) and
 * {@link org.compendium.parse.grammar.KeywordPattern} (a pattern tried only around its keyword). The French table keeps the exact patterns
 * the readers used before it existed, so the seeds parse as they did.
 *
 * <p>Must not import: {@code org.compendium.parse} (the readers use the grammar, never the reverse), ingest, store,
 * index or anything above; only the JDK, ICU4J, {@code org.compendium.model} and {@code org.compendium.parse.french}.
 */
package org.compendium.parse.grammar;
