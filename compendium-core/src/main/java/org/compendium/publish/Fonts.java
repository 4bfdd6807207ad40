package org.compendium.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts embedded in PDF editions: DejaVu Serif and Sans from Debian's {@code fonts-dejavu-core} when installed,
 * else Liberation; {@code .ci/install-deps} (run by {@code ./test.sh}) installs {@code fonts-dejavu-core} when missing. Embedding (subset) makes the PDF
 * render the same everywhere and gives every French character a glyph.
 */
final class Fonts {
    /** The CSS family names the HTML asks for; each is mapped to the files found. */
    static final String SERIF = "Compendium Serif";
    static final String SANS = "Compendium Sans";

    /** One font file for a family, weight and style. */
    record Face(String family, Path file, int weight, boolean italic) {
    }

    private static final Path[] FOLDERS = {Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/truetype/liberation"),
        Path.of("/usr/share/fonts/truetype/liberation2")};

    private Fonts() {
    }

    /** The faces found, DejaVu preferred; empty when neither family is installed (the PDF then uses PDF base fonts). */
    static List<Face> faces() {
        List<Face> out = new ArrayList<>();
        add(out, SERIF, new String[][] {{"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"},
            {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"}});
        add(out, SANS, new String[][] {{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
            {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"}});
        return out;
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
