package org.compendium.links;

import java.util.List;

/**
 * The JSON shape of a resolution's mandates and their delivery ({@code GET /api/works/{work}/mandates}).
 *
 * @param resolution the resolution or decision
 * @param mandates   in the resolution's order
 */
public record MandatesJson(String resolution, List<Item> mandates) {
    public MandatesJson {
        mandates = List.copyOf(mandates);
    }

    public static MandatesJson of(String resolution, List<MandateDelivery.Delivery> deliveries) {
        return new MandatesJson(resolution, deliveries.stream().map(d -> new Item(d.mandate().citation().toString(),
                d.mandate().addressee().code(), d.mandate().verb(), d.mandate().strength().code(), d.status().code(),
                d.links().stream().map(l -> new Link(l.paragraph().toString(), l.explicit(),
                        Math.round(l.similarity() * 10_000) / 10_000.0, l.sentence(), l.notDone(), l.confirmed())).toList())).toList());
    }

    /** One mandate: its provision, addressee, verb as written, strength, status and the report paragraphs on it. */
    public record Item(String citation, String addressee, String verb, String strength, String status, List<Link> reports) {
    }

    /**
     * One report paragraph on a mandate: whether it cites the resolution, its closest sentence and overlap, whether it
     * says the task was not done and whether an editor confirmed the link.
     */
    public record Link(String paragraph, boolean citesResolution, double similarity, String sentence, boolean notDone,
                       boolean confirmed) {
    }
}
