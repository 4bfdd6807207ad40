package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.IndexPart;
import org.compendium.model.ThemeLink;
import org.junit.jupiter.api.Test;

/** A theme's links are grouped as the printed index groups them, whatever order they are stored in. */
class IndexGroupsTest {
    private static ThemeLink link(String theme, String citation) {
        return new ThemeLink(theme, Citation.parse(citation), null, null, null, null);
    }

    @Test
    void partAByMeetingThenPartBBySessionInIndexOrderWithinEach() {
        List<ThemeLink> links = List.of(link("t", "COP res. 6/3 op. 3"), link("t", "CTOC/COP/WG.7 meeting 4 rec. 2"),
                link("other", "CTOC/COP/WG.7 meeting 1 rec. 1"), link("t", "CTOC/COP/WG.7 meeting 1 rec. 7"),
                link("t", "COP dec. 2/4 (a)"), link("t", "CTOC/COP/WG.7 meeting 1 rec. 3"));
        List<IndexGroups.Group> groups = IndexGroups.of(links, "t");
        assertThat(groups).extracting(g -> g.part() + "" + g.meetingOrSession()).containsExactly("A1", "A4", "B2", "B6");
        assertThat(groups.getFirst().links()).extracting(l -> l.citation().toString())
                .containsExactly("CTOC/COP/WG.7 meeting 1 rec. 7", "CTOC/COP/WG.7 meeting 1 rec. 3");
        assertThat(groups.get(2).part()).isEqualTo(IndexPart.B);
        assertThat(IndexGroups.of(links, "none")).isEmpty();
    }
}
