package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.bench.Regressions;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Work;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mandates and their delivery on a second gold written after the rules and thresholds were set on the seeds
 * ({@code delivery-unseen.tsv}): how they fare on texts they were not chosen on; and the same gold translated into
 * English ({@code delivery-unseen-en.tsv}), read with the English data (mandates and references).
 */
class DeliveryUnseenGoldTest {
    private static final Work RESOLUTION = Work.parse("COP res. 13/2");

    static Stream<Arguments> golds() {
        return Stream.of(Arguments.of("delivery-unseen.tsv", Language.FRENCH, "links.unseen"),
                Arguments.of("delivery-unseen-en.tsv", Language.ENGLISH, "links.unseen.en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void theFiguresOnTheUnseenGoldAreTheRecordedOnes(String file, Language language, String keys) throws IOException {
        List<Provision> resolution = new ArrayList<>();
        List<Provision> report = new ArrayList<>();
        Map<String, String> goldMandates = new LinkedHashMap<>();
        Set<String> goldLinks = new HashSet<>();
        try (InputStream in = DeliveryUnseenGoldTest.class.getResourceAsStream(file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                String[] c = line.split("\t");
                switch (c[0]) {
                    case "provision" -> {
                        Citation citation = Citation.parse(c[1]);
                        ProvisionKind kind = ProvisionKind.valueOf(c[2].toUpperCase(Locale.ROOT));
                        String number = citation.eId().toString().replaceAll("^\\D+", "");
                        Provision p = new Provision(citation, kind, number, List.of(number), null, c[3], null, List.of(),
                                null, kind == ProvisionKind.OPERATIVE ? 13 : 14);
                        (citation.work().equals(RESOLUTION) ? resolution : report).add(p);
                    }
                    case "mandate" -> goldMandates.put(c[1] + "\t" + c[2], c[3]);
                    case "link" -> goldLinks.add(c[1] + "\t" + c[2]);
                    default -> throw new IllegalStateException("unknown line: " + line);
                }
            }
        }
        MandateReader reader = new MandateReader(MandateLanguage.of(language).orElseThrow());
        List<Mandate> mandates = resolution.stream().flatMap(p -> reader.read(p).stream()).toList();
        List<MandateDelivery.Delivery> found = new MandateDelivery(MandateLanguage.of(language).orElseThrow(),
                ReferenceLanguage.of(language).orElseThrow()).of(RESOLUTION, mandates, report);
        Map<String, String> foundMandates = new LinkedHashMap<>();
        Set<String> foundLinks = new HashSet<>();
        for (MandateDelivery.Delivery d : found) {
            foundMandates.put(d.mandate().citation() + "\t" + d.mandate().addressee().code(), d.status().code());
            d.links().forEach(l -> foundLinks.add(d.mandate().citation() + "\t" + l.paragraph()));
        }
        MandateEvaluation.Score m = score(goldMandates.keySet(), foundMandates.keySet());
        MandateEvaluation.Score l = score(goldLinks, foundLinks);
        long statusRight = goldMandates.entrySet().stream().filter(g -> g.getValue().equals(foundMandates.get(g.getKey()))).count();
        Regressions.assertRatio(keys + ".mandates.precision", m.precision());
        Regressions.assertRatio(keys + ".mandates.recall", m.recall());
        Regressions.assertRatio(keys + ".delivery.precision", l.precision());
        Regressions.assertRatio(keys + ".delivery.recall", l.recall());
        Regressions.assertRatio(keys + ".delivery.status-accuracy", (double) statusRight / goldMandates.size());
        assertThat(goldMandates).hasSize(5);
    }

    private static MandateEvaluation.Score score(Set<String> gold, Set<String> found) {
        Set<String> correct = new HashSet<>(found);
        correct.retainAll(gold);
        return new MandateEvaluation.Score(gold.size(), found.size(), correct.size());
    }
}
