package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.compendium.model.ThemeLink;
import org.junit.jupiter.api.Test;

/** The published index of the seed compendium imports completely: the figures quoted in the README. */
class IndexImportGoldenTest {
    @Test
    void theSeedIndexResolvesEveryReference() {
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        if (Boolean.getBoolean("themes.print")) {
            Map<String, String> perTheme = r.links().stream().collect(Collectors.groupingBy(ThemeLink::themeId, TreeMap::new,
                    Collectors.mapping(l -> l.label() + "=" + l.reportNumber(), Collectors.joining(" "))));
            perTheme.forEach((k, v) -> System.out.println(k + ": " + v));
            r.problems().forEach(System.out::println);
            System.out.println("duplicates " + r.duplicates() + " unaligned " + r.table().unaligned());
        }
        assertThat(r.problems()).isEmpty();
        assertThat(r.themes()).hasSize(77);
        assertThat(r.links()).hasSize(645);
        assertThat(r.distinctProvisions()).isEqualTo(274);
    }
}
