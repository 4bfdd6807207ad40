package org.compendium.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where an editor's password comes from: the {@code COMPENDIUM_PASSWORD} environment variable, else the first line
 * of standard input (read without echo on a terminal). Never a command-line argument, which other users could see.
 */
@FunctionalInterface
public interface PasswordSource {
    /** The environment variable that holds the password in scripts. */
    String VARIABLE = "COMPENDIUM_PASSWORD";

    /** The password, or an empty array when none was given. */
    char[] read();

    /** The production source. */
    PasswordSource ENVIRONMENT_OR_STDIN = () -> {
        String env = System.getenv(VARIABLE);
        if (env != null) {
            return env.toCharArray();
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("password: ");
            return typed == null ? new char[0] : typed;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    };
}
