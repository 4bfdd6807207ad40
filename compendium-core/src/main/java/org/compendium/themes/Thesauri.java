package org.compendium.themes;

/** The thesaurus read once (experiment). */
final class Thesauri {
    private static FrenchThesaurus french;

    private Thesauri() {
    }

    static synchronized FrenchThesaurus french() {
        if (french == null) {
            french = java.nio.file.Files.exists(FrenchThesaurus.DEBIAN)
                    ? FrenchThesaurus.read(FrenchThesaurus.DEBIAN, Integer.getInteger("themes.closest", 5))
                    : FrenchThesaurus.NONE;
        }
        return french;
    }
}
