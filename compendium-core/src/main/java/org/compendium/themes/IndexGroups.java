package org.compendium.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compendium.model.IndexPart;
import org.compendium.model.ThemeLink;

/**
 * A theme's provisions grouped as the printed thematic index groups them: part A (the working group's
 * recommendations) by meeting, then part B (the Conference's instruments) by session, each in index order. The one
 * grouping behind the theme pages, {@code themes show} and the published editions' reading of the index.
 */
public final class IndexGroups {
    private IndexGroups() {
    }

    /**
     * One group of the index.
     *
     * @param part             A or B
     * @param meetingOrSession the meeting (part A) or session (part B), or null when the work names none
     * @param links            the theme's links in this group, in the index's order
     */
    public record Group(IndexPart part, Integer meetingOrSession, List<ThemeLink> links) {
        public Group {
            links = List.copyOf(links);
        }
    }

    /** The links of {@code themeId} among {@code links}, grouped: part A before B, meetings and sessions in order. */
    public static List<Group> of(List<ThemeLink> links, String themeId) {
        record Key(IndexPart part, Integer number) {
        }
        Map<Key, List<ThemeLink>> groups = new LinkedHashMap<>();
        for (ThemeLink l : links) {
            if (Objects.equals(l.themeId(), themeId)) {
                Key key = new Key(IndexPart.of(l.citation().work()), l.citation().work().meetingOrSession());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new Group(k.part(), k.number(), v)));
        out.sort(Comparator.comparing(Group::part).thenComparing(Group::meetingOrSession, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
