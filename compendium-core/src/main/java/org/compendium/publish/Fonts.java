package org.compendium.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Language;

/**
 * The fonts embedded (as subsets) in PDF editions, all from Debian packages that {@code .ci/install-deps} installs:
 * DejaVu Serif and Sans ({@code fonts-dejavu-core}; Liberation when missing) for Latin and Cyrillic, Noto Naskh Arabic
 * ({@code fonts-noto-core}) for Arabic, and for Chinese AR PL UMing ({@code fonts-arphic-uming}, a Ming/Song face) with
 * WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}, a Hei face) for bold headings.
 *
 * <p>Why not Noto CJK for Chinese: Debian's {@code fonts-noto-cjk} ships OpenType collections with CFF outlines, which
 * PDFBox can only embed whole (some 20 MB a face) and cannot subset; UMing and Zen Hei have TrueType outlines and subset
 * to a few kilobytes. The DOCX edition, which embeds no font, names Noto Serif CJK SC ({@link DocxRenderer}).
 *
 * <p>Each family is a CSS name the HTML asks for ({@link #css}); openhtmltopdf falls back glyph by glyph along the
 * family list, so a French edition quoting an Arabic name still prints it.
 */
final class Fonts {
    /** The CSS family names the HTML asks for; each is mapped to the files found. */
    static final String SERIF = "Compendium Serif";
    static final String SANS = "Compendium Sans";
    static final String ARABIC = "Compendium Arabic";
    static final String CJK = "Compendium CJK";

    /**
     * One font file for a family, weight and style.
     *
     * @param member the font's name inside a TrueType collection ({@code .ttc}), or null for a single font file
     */
    record Face(String family, Path file, int weight, boolean italic, String member) {
        Face(String family, Path file, int weight, boolean italic) {
            this(family, file, weight, italic, null);
        }
    }

    private static final Path[] FOLDERS = {Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/truetype/liberation"),
        Path.of("/usr/share/fonts/truetype/liberation2"), Path.of("/usr/share/fonts/truetype/noto"), Path.of("/usr/share/fonts/truetype/arphic"), Path.of("/usr/share/fonts/truetype/wqy")};

    private Fonts() {
    }

    /** The faces found, DejaVu preferred; empty when neither family is installed (the PDF then uses PDF base fonts). */
    static List<Face> faces() {
        List<Face> out = new ArrayList<>();
        add(out, SERIF, new String[][] {{"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"},
            {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"}});
        add(out, SANS, new String[][] {{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
            {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"}});
        // Arabic has no italic: the leading verb of an Arabic paragraph is set in the regular face.
        add(out, ARABIC, new String[][] {{"NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf",
            "NotoNaskhArabic-Bold.ttf"}, {"NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansArabic-Regular.ttf",
            "NotoSansArabic-Bold.ttf"}});
        // Chinese: a Ming (Song) face for text and, as Chinese print sets headings, a Hei face for bold (neither has italics).
        Path uming = find("uming.ttc");
        Path zenhei = find("wqy-zenhei.ttc");
        for (boolean italic : new boolean[] {false, true}) {
            if (uming != null) {
                out.add(new Face(CJK, uming, 400, italic, "UMingCN"));
            }
            if (zenhei != null || uming != null) {
                out.add(zenhei != null ? new Face(CJK, zenhei, 700, italic, "WenQuanYiZenHei") : new Face(CJK, uming, 700, italic, "UMingCN"));
            }
        }
        return out;
    }

    /** Whether a face for {@code family} was found. */
    static boolean has(List<Face> faces, String family) {
        return faces.stream().anyMatch(f -> f.family().equals(family));
    }

    /**
     * The CSS font rules of an edition in {@code language}: its script's face first (Arabic, Chinese), then the Latin
     * ones, then the other scripts' for stray characters; headings in the sans-serif face.
     */
    static String css(Language language) {
        String body = switch (language) {
            case ARABIC -> q(ARABIC) + ", " + q(SERIF) + ", " + q(CJK);
            case CHINESE -> q(SERIF) + ", " + q(CJK) + ", " + q(ARABIC);
            default -> q(SERIF) + ", " + q(ARABIC) + ", " + q(CJK);
        };
        String heads = switch (language) {
            case ARABIC -> q(ARABIC) + ", " + q(SANS) + ", " + q(CJK);
            case CHINESE -> q(SANS) + ", " + q(CJK) + ", " + q(ARABIC);
            default -> q(SANS) + ", " + q(ARABIC) + ", " + q(CJK);
        };
        return "html { font-family: " + body + ", 'DejaVu Serif', 'Liberation Serif', 'Times New Roman', serif; }\n"
                + "h1, h2, h3, h4, table.index th, .title-page .unodc { font-family: " + heads + ", 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }\n";
    }

    private static String q(String family) {
        return "'" + family + "'";
    }

    private static void add(List<Face> out, String family, String[][] candidates) {
        for (String[] set : candidates) {
            Path regular = find(set[0]);
            if (regular == null) {
                continue;
            }
            out.add(new Face(family, regular, 400, false));
            addIfFound(out, family, set[1], 700, false);
            addIfFound(out, family, set[2], 400, true);
            addIfFound(out, family, set[3], 700, true);
            return;
        }
    }

    private static void addIfFound(List<Face> out, String family, String name, int weight, boolean italic) {
        Path p = find(name);
        if (p != null) {
            out.add(new Face(family, p, weight, italic));
        }
    }

    private static Path find(String name) {
        for (Path folder : FOLDERS) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
