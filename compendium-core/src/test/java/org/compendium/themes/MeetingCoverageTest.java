package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Why the editor's curve stays nearly flat, as numbers of the seed index (quoted in the README, section Themes): a
 * meeting's first provisions carry few of the themes of its later ones, and a provision shares a quarter of its
 * themes with the one before it.
 */
class MeetingCoverageTest {
    private static final TrainingSet SET = TrainingSet.of(SeedCompendium.COMPENDIUM,
            IndexImport.resolve(SeedCompendium.COMPENDIUM).links());

    @Test
    void aMeetingsFirstProvisionsCarryFewOfTheThemesOfItsProvisionsAfterTheEighth() {
        assertThat(covered(2)).containsExactly(51, 443);
        assertThat(covered(4)).containsExactly(96, 443);
        assertThat(covered(8)).containsExactly(129, 443);
        assertThat(distinctThemesOfFirst(4)).isEqualTo(6.7, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aProvisionSharesAQuarterOfItsThemesWithThePreviousOne() {
        int themes = 0;
        int shared = 0;
        for (List<ThemeClassifier.Example> meeting : meetings().values()) {
            for (int i = 1; i < meeting.size(); i++) {
                for (String t : meeting.get(i).themes()) {
                    themes++;
                    shared += meeting.get(i - 1).themes().contains(t) ? 1 : 0;
                }
            }
        }
        assertThat(new int[] {shared, themes}).containsExactly(160, 625);
    }

    /** Of the themes of provisions after the 8th of each meeting, how many the first k provisions have, and all. */
    private static int[] covered(int k) {
        int covered = 0;
        int all = 0;
        for (List<ThemeClassifier.Example> meeting : meetings().values()) {
            if (meeting.size() <= k) {
                continue;
            }
            Set<String> first = new HashSet<>();
            meeting.subList(0, k).forEach(e -> first.addAll(e.themes()));
            for (int i = Math.max(k, 8); i < meeting.size(); i++) {
                for (String t : meeting.get(i).themes()) {
                    all++;
                    covered += first.contains(t) ? 1 : 0;
                }
            }
        }
        return new int[] {covered, all};
    }

    private static double distinctThemesOfFirst(int k) {
        List<Integer> counts = new ArrayList<>();
        for (List<ThemeClassifier.Example> meeting : meetings().values()) {
            if (meeting.size() > k) {
                Set<String> first = new HashSet<>();
                meeting.subList(0, k).forEach(e -> first.addAll(e.themes()));
                counts.add(first.size());
            }
        }
        return counts.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    private static Map<String, List<ThemeClassifier.Example>> meetings() {
        Map<String, List<ThemeClassifier.Example>> out = new LinkedHashMap<>();
        for (ThemeClassifier.Example e : SET.examples()) {
            out.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
