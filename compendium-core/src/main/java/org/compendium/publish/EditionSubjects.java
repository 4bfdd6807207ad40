package org.compendium.publish;

import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.ParsedDocument;
import org.compendium.model.TextFolding;

/**
 * Which resolutions and decisions of the Conference concern a working group's subject, and so belong in part B of
 * that group's compendium when no published compendium says so: those whose title names the subject (its Protocol's
 * or the phenomenon's name) in the document's language. The rule is data, one list of folded phrases per body, in
 * the six UN languages.
 */
final class EditionSubjects {
    /** The phrases a title names a working group's subject with, folded ({@link TextFolding#fold}). */
    private static final Map<Body, List<String>> SUBJECTS = Map.of(
            Body.WG_TIP, List.of("traite des personnes", "trafficking in persons", "trata de personas", "торговл людьми",
                    "торговли людьми", "الاتجار بالأشخاص", "贩运人口"),
            Body.WG_SOM, List.of("trafic illicite de migrants", "smuggling of migrants", "trafico ilicito de migrantes",
                    "незаконного ввоза мигрантов", "تهريب المهاجرين", "偷运移民"));

    private EditionSubjects() {
    }

    /** Whether a COP resolution or decision concerns the subject of {@code body}'s working group. */
    static boolean concerns(ParsedDocument instrument, Body body) {
        List<String> phrases = SUBJECTS.getOrDefault(body, List.of());
        String title = TextFolding.fold(instrument.metadata().title());
        return phrases.stream().anyMatch(title::contains);
    }

    /** The rule as README and notes state it. */
    static String describe(Body body) {
        return "COP resolutions and decisions whose title names " + String.join(" / ", SUBJECTS.getOrDefault(body, List.of()).subList(0, 2));
    }
}
