package org.compendium.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed from one edition to the next: the entries added, removed or reworded (same citation, other text), and
 * the index lines added or removed — what a secretariat officer checks before sending a new edition out.
 */
public record ChangeLog(List<EditionSnapshot.Entry> added, List<EditionSnapshot.Entry> removed,
                        List<EditionSnapshot.Entry> reworded, List<EditionSnapshot.IndexLine> indexAdded,
                        List<EditionSnapshot.IndexLine> indexRemoved) {
    public ChangeLog {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        reworded = List.copyOf(reworded);
        indexAdded = List.copyOf(indexAdded);
        indexRemoved = List.copyOf(indexRemoved);
    }

    /** The changes from {@code before} to {@code after}, each list in the later (or, for removals, the earlier) edition's order. */
    public static ChangeLog between(EditionSnapshot before, EditionSnapshot after) {
        Map<String, EditionSnapshot.Entry> old = new LinkedHashMap<>();
        before.entries().forEach(e -> old.put(e.citation(), e));
        Map<String, EditionSnapshot.Entry> now = new LinkedHashMap<>();
        after.entries().forEach(e -> now.put(e.citation(), e));
        List<EditionSnapshot.Entry> added = new ArrayList<>();
        List<EditionSnapshot.Entry> reworded = new ArrayList<>();
        for (EditionSnapshot.Entry e : after.entries()) {
            EditionSnapshot.Entry was = old.get(e.citation());
            if (was == null) {
                added.add(e);
            } else if (!was.textSha256().equals(e.textSha256())) {
                reworded.add(e);
            }
        }
        List<EditionSnapshot.Entry> removed = before.entries().stream().filter(e -> !now.containsKey(e.citation())).toList();
        Set<String> oldLines = keys(before.index());
        Set<String> newLines = keys(after.index());
        return new ChangeLog(added, removed, reworded,
                after.index().stream().filter(l -> !oldLines.contains(key(l))).toList(),
                before.index().stream().filter(l -> !newLines.contains(key(l))).toList());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && reworded.isEmpty() && indexAdded.isEmpty() && indexRemoved.isEmpty();
    }

    /** The change log as lines for people: one per change, grouped. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        added.forEach(e -> out.add("added     " + e.reference() + "  " + e.citation()));
        removed.forEach(e -> out.add("removed   " + e.reference() + "  " + e.citation()));
        reworded.forEach(e -> out.add("reworded  " + e.reference() + "  " + e.citation()));
        indexAdded.forEach(l -> out.add("index +   " + l.theme() + " [" + l.themeId() + "]: " + l.reference() + "  " + l.citation()));
        indexRemoved.forEach(l -> out.add("index -   " + l.theme() + " [" + l.themeId() + "]: " + l.reference() + "  " + l.citation()));
        return out;
    }

    private static Set<String> keys(List<EditionSnapshot.IndexLine> lines) {
        Set<String> out = new LinkedHashSet<>();
        lines.forEach(l -> out.add(key(l)));
        return out;
    }

    private static String key(EditionSnapshot.IndexLine l) {
        return l.themeId() + "\u0000" + l.citation();
    }
}
