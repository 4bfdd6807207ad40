/**
 * App: the imperative shell. {@link org.compendium.app.Main} builds every object by hand (reader, parser, store
 * opener, commands) and runs the command line; nothing here holds domain logic.
 *
 * <p>Must not be imported by: anything in {@code compendium-core} or {@code compendium-model}.
 */
package org.compendium.app;
