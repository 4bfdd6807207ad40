package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.compendium.model.Theme;
import org.junit.jupiter.api.Test;

/** Suggestion quality does not drop more than 0.02 below the figures documented in the README. */
class ThemeFiguresTest {
    private static final double TOLERANCE = 0.02;

    @Test
    void leaveOneMeetingOutStaysAtTheDocumentedFigures() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/themes/expected-figures.properties")) {
            expected.load(in);
        }
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        assertThat(r.themes()).hasSize(Integer.parseInt(expected.getProperty("import.themes")));
        assertThat(r.links()).hasSize(Integer.parseInt(expected.getProperty("import.links")));
        List<Theme> themes = r.themes();
        Evaluation e = LeaveOneGroupOut.evaluate(themes, TrainingSet.of(SeedCompendium.COMPENDIUM, r.links()),
                ThemeClassifier.Settings.DEFAULT, Selection.DEFAULT);
        assertThat(e.micro().f1()).isGreaterThanOrEqualTo(figure(expected, "eval.micro.f1") - TOLERANCE);
        assertThat(e.macro().f1()).isGreaterThanOrEqualTo(figure(expected, "eval.macro.f1") - TOLERANCE);
        assertThat(e.recallAt5()).isGreaterThanOrEqualTo(figure(expected, "eval.recallAt5") - TOLERANCE);
    }

    private static double figure(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }
}
