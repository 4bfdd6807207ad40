package org.compendium.web.api;

import java.util.List;
import org.compendium.model.Alignment;
import org.compendium.model.Eid;
import org.compendium.pipeline.LanguageVersions;

/**
 * The JSON of {@code GET /api/works/{work}/versions}: the stored language versions of a work, each lined up by eId
 * with the first one stored, as {@code compendium versions WORK} prints them.
 *
 * @param work     the work's slug
 * @param versions its stored versions, in the order they were stored
 */
public record VersionsJson(String work, List<Version> versions) {
    public VersionsJson {
        versions = List.copyOf(versions);
    }

    /**
     * One stored version.
     *
     * @param language   its language code
     * @param source     the file it was read from
     * @param provisions the provisions of its own work
     * @param permalink  its page ({@code /works/{slug}/{lang}}); for a version reproduced in a document of another
     *                   work, that document's page at the version's first provision
     *                   ({@code /works/ctoc-cop-2026-9/en#cop-res-13-1.pp_1})
     * @param alignment  how it lines up with the first version stored; null for that first one
     * @param in         the work of the document that reproduces it ({@code CTOC/COP/2026/9}); null for a document of
     *                   the work itself
     */
    public record Version(String language, String source, int provisions, String permalink, AlignmentJson alignment, String in) {
    }

    /**
     * How one version lines up with another by eId.
     *
     * @param with      the language it is lined up with
     * @param shared    eIds both have
     * @param onlyHere  eIds this version has and the other lacks
     * @param onlyThere eIds the other has and this one lacks
     * @param sameOrder whether the shared eIds come in the same order in both
     * @param oneToOne  whether both have the same eIds in the same order
     * @param summary   the same, as {@code compendium versions} prints it
     */
    public record AlignmentJson(String with, int shared, List<String> onlyHere, List<String> onlyThere, boolean sameOrder,
                                boolean oneToOne, String summary) {
        static AlignmentJson of(Alignment a) {
            return new AlignmentJson(a.other().code(), a.shared(), a.onlyHere().stream().map(Eid::toString).toList(),
                    a.onlyThere().stream().map(Eid::toString).toList(), a.sameOrder(), a.oneToOne(), a.describe());
        }
    }

    static VersionsJson of(String slug, List<LanguageVersions.Version> versions) {
        return new VersionsJson(slug, versions.stream().map(v -> new Version(v.language().code(), v.source(), v.provisions(),
                v.permalink(slug), v.alignment() == null ? null : AlignmentJson.of(v.alignment()),
                v.in() == null ? null : v.in().work().toString())).toList());
    }
}
