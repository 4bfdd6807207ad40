package org.compendium.store;

import java.lang.System.Logger.Level;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * The bridge from Flyway's logging to {@link System.Logger}; not part of the store's API, public only because Flyway
 * instantiates it by class name.
 *
 * <p>Why: left to itself Flyway picks whatever logging library is on the class path, and POI brings the Log4j API
 * without a provider, so every open printed a Log4j complaint to standard output. Flyway's routine progress
 * ("Migrating schema ...") goes to DEBUG so a command's output stays clean; warnings and errors stay visible.
 */
public final class FlywayLogging implements LogCreator {
    public FlywayLogging() {
        // Flyway calls this constructor by reflection.
    }

    @Override
    public Log createLogger(Class<?> clazz) {
        System.Logger logger = System.getLogger(clazz.getName());
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.DEBUG);
            }

            @Override
            public void debug(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void info(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void warn(String message) {
                logger.log(Level.WARNING, message);
            }

            @Override
            public void error(String message) {
                logger.log(Level.ERROR, message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(Level.ERROR, message, e);
            }

            @Override
            public void notice(String message) {
                logger.log(Level.DEBUG, message);
            }
        };
    }
}
