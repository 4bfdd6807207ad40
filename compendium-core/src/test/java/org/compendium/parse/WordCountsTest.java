package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A joined word's count read from its two words' ids is its count read from its characters. */
class WordCountsTest {
    @Test
    void countJoinedIsTheCountOfTheTwoWordsCharactersJoined() {
        Random random = new Random(20261202);
        String[] parts = {"servic", "es", "services", "coopé", "ration", "coopération", "d", "onnées", "données", "la",
            "государства", "участники", "государстваучастники", "合作", "会议", "合作会议", "a", "b", "ab", "ba"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(parts[random.nextInt(parts.length)]).append(' ');
        }
        char[] chars = text.toString().toCharArray();
        WordCounts counts = new WordCounts(chars, 4);
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            int start = i;
            while (i < chars.length && chars[i] != ' ') {
                i++;
            }
            if (i > start) {
                int id = counts.add(start, i);
                words.add(new int[] {id, start, i});
            }
        }
        int joinedFound = 0;
        for (int[] left : words.subList(0, 60)) {
            for (int[] right : words.subList(0, 60)) {
                int expected = counts.count(chars, left[1], left[2], right[1], right[2]);
                assertThat(counts.countJoined(left[0], right[0])).isEqualTo(expected);
                joinedFound += expected > 0 ? 1 : 0;
            }
        }
        // Not only absent words: the text writes many of the joined words too.
        assertThat(joinedFound).isGreaterThan(50);
    }
}
