package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    private static List<Eid> eids(String... eids) {
        return Arrays.stream(eids).map(Eid::parse).toList();
    }

    @Test
    void theSameEidsInTheSameOrderAlignOneToOne() {
        Alignment a = Alignment.of(Language.SPANISH, eids("pp_1", "op_1", "op_1__subpara_a"), Language.FRENCH, eids("pp_1", "op_1", "op_1__subpara_a"));
        assertThat(a.oneToOne()).isTrue();
        assertThat(a.describe()).isEqualTo("aligned one to one with the fr version (3 provisions)");
    }

    @Test
    void aMissingParagraphAndAnotherNumberingAreNamedOnEachSide() {
        Alignment a = Alignment.of(Language.ENGLISH, eids("op_1", "op_2", "op_3"), Language.RUSSIAN, eids("op_1", "op_3", "op_3bis", "op_4"));
        assertThat(a.oneToOne()).isFalse();
        assertThat(a.onlyHere()).containsExactlyElementsOf(eids("op_2"));
        assertThat(a.onlyThere()).containsExactlyElementsOf(eids("op_3bis", "op_4"));
        assertThat(a.describe()).isEqualTo("structure differs from the ru version: 1 provision not in ru (op_2); "
                + "2 provisions of ru missing here (op_3bis, op_4); 2 shared");
    }

    @Test
    void sharedProvisionsInAnotherOrderAreADifferenceToo() {
        Alignment a = Alignment.of(Language.ARABIC, eids("op_2", "op_1"), Language.CHINESE, eids("op_1", "op_2"));
        assertThat(a.oneToOne()).isFalse();
        assertThat(a.describe()).isEqualTo("structure differs from the zh version: the shared provisions come in another order; 2 shared");
    }
}
