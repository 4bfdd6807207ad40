package org.compendium.themes;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.compendium.store.StoredEditor;

/** Salted PBKDF2-HMAC-SHA256 password hashing with the JDK's own provider, and constant-time verification. */
public final class PasswordHashing {
    /** Iterations for new hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000; stored per editor). */
    static final int ITERATIONS = 600_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    /** A new stored editor with a fresh random salt. */
    public static StoredEditor hash(String username, char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new StoredEditor(username, Base64.getEncoder().encodeToString(derive(password, salt, iterations)),
                Base64.getEncoder().encodeToString(salt), iterations);
    }

    /** Whether {@code password} is this editor's. */
    public static boolean verify(StoredEditor editor, char[] password) {
        byte[] expected = Base64.getDecoder().decode(editor.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(editor.salt()), editor.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Spends on a user name that is no editor's the time a wrong password costs ({@code iterations} of PBKDF2), and
     * answers false: otherwise the quick refusal tells a guesser which names are editors'.
     */
    public static boolean verifyNobody(char[] password, int iterations) {
        derive(password, NOBODY_SALT, iterations);
        return false;
    }

    private static final byte[] NOBODY_SALT = new byte[16];

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
