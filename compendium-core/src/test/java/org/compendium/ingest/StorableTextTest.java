package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** {@link StorableText}: what it removes and replaces, counted, and everything else kept in order. */
class StorableTextTest {
    @Test
    void brokenCharactersAreReplacedAndCountedAndTheRestIsKeptOnEitherStore() {
        String text = "Recommandation 12\n\nLes États parties devraient\u0000 renforcer la coopération \uD83D\uDE00 "
                + "et l\uD800’échange\uDC00.";
        SourceText source = new SourceText("broken.txt", SourceFormat.TEXT, text, "a".repeat(64), text.length());
        assertThat(source.text()).isEqualTo("Recommandation 12\n\nLes États parties devraient renforcer la coopération "
                + "\uD83D\uDE00 et l\uFFFD’échange\uFFFD.");
        assertThat(source.notes()).singleElement().asString()
                .startsWith("removed 1 NUL character (U+0000) and replaced 2 broken characters (unpaired surrogates) with U+FFFD");
    }

    @Test
    void randomTextsComeOutStorableKeepingEveryOtherCharacterInOrder() {
        Random random = new Random(15);
        char[] alphabet = {'a', 'é', '\u0000', '\uD83D', '\uDE00', '\u0627', ' ', '\n', '\u0001', '\uFFFD'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String raw = s.toString();
            StorableText out = StorableText.of(raw);
            assertThat(StorableText.isStorable(out.text())).as("%s", raw).isTrue();
            assertThat(out.nulsRemoved()).isEqualTo((int) raw.chars().filter(c -> c == 0).count());
            assertThat(out.text().length()).isEqualTo(raw.length() - out.nulsRemoved());
            assertThat(StorableText.of(out.text())).isEqualTo(new StorableText(out.text(), 0, 0));
            assertThat(out.note().isPresent()).isEqualTo(out.nulsRemoved() + out.surrogatesReplaced() > 0);
        }
    }
}
