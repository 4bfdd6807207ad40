package org.compendium.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.ingest.SourceText;
import org.compendium.model.Language;
import org.compendium.model.SourceFormat;

/**
 * The six-language fixtures of {@code src/test/resources/fixtures/<kind>/<lang>.txt} (see the README there): one UN
 * document written in the six official languages with the same structure.
 */
public final class LanguageFixtures {
    /** A COP resolution: heading, title, opening, preambular and operative paragraphs, lettered sub-paragraphs. */
    public static final String COP_RESOLUTION = "cop-resolution";
    /** A working-group meeting report: chapters, sections, numbered paragraphs and recommendations. */
    public static final String WG_REPORT = "wg-report";
    /** A General Assembly resolution (A/RES/80/123) adopting a political declaration printed in its annex. */
    public static final String GA_DECLARATION = "ga-declaration";
    /** An excerpt of the Smuggling of Migrants Protocol: preamble, chapters, articles, paragraphs, lettered items. */
    public static final String TREATY = "treaty";
    public static final List<String> KINDS = List.of(COP_RESOLUTION, WG_REPORT, GA_DECLARATION, TREATY);

    private LanguageFixtures() {
    }

    /** The six languages, in the UN's order, as {@code regressions.properties} lists them. */
    public static List<Language> languages() {
        return Arrays.stream(Regressions.get("parse.fixture.languages").split(",")).map(Language::fromCode).toList();
    }

    /**
     * Every fixture written into {@code dir} as {@code <kind>-<lang>.txt}, ready to ingest as one folder with short,
     * distinct source names (every fixture folder names its files {@code <lang>.txt}).
     *
     * @return {@code dir}
     */
    public static java.nio.file.Path writeAll(java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        for (String kind : KINDS) {
            for (Language language : languages()) {
                java.nio.file.Files.writeString(dir.resolve(kind + "-" + language.code() + ".txt"), text(kind, language));
            }
        }
        return dir;
    }

    public static String resource(String kind, Language language) {
        return "/fixtures/" + kind + "/" + language.code() + ".txt";
    }

    public static String text(String kind, Language language) {
        try (InputStream in = LanguageFixtures.class.getResourceAsStream(resource(kind, language))) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource(kind, language));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + resource(kind, language), e);
        }
    }

    public static SourceText source(String kind, Language language) {
        return source(kind + "-" + language.code() + ".txt", text(kind, language));
    }

    public static SourceText source(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new SourceText(name, SourceFormat.TEXT, text, sha, bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
