/**
 * CLI: the picocli commands, one class per subcommand, each a {@code Callable<Integer>} returning an exit code from
 * {@link org.compendium.app.cli.ExitCodes}. Commands parse arguments, call the core and print; they hold no domain
 * logic. Expected errors print one line, never a stack trace.
 *
 * <p>Must not be imported by: the core or the model (picocli types stay here).
 */
package org.compendium.app.cli;
