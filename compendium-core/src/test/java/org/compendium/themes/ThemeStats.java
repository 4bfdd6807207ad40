package org.compendium.themes;

import java.util.*;
import org.compendium.model.Theme;

final class ThemeStats {
    public static void main(String[] args) {
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        List<Theme> themes = r.themes();
        TrainingSet set = TrainingSet.of(SeedCompendium.COMPENDIUM, r.links());
        Map<String, Integer> freq = new TreeMap<>();
        Map<String, Set<String>> groupsOf = new TreeMap<>();
        for (int i = 0; i < set.examples().size(); i++) {
            for (String t : set.examples().get(i).themes()) {
                freq.merge(t, 1, Integer::sum);
                groupsOf.computeIfAbsent(t, x -> new TreeSet<>()).add(set.groups().get(i));
            }
        }
        int unseen = 0, total = 0;
        Map<String, int[]> perGroup = new LinkedHashMap<>();
        for (int i = 0; i < set.examples().size(); i++) {
            String g = set.groups().get(i);
            int[] c = perGroup.computeIfAbsent(g, x -> new int[3]);
            c[2]++;
            for (String t : set.examples().get(i).themes()) {
                total++;
                c[0]++;
                if (groupsOf.get(t).size() == 1) { unseen++; c[1]++; }
            }
        }
        System.out.println("links " + total + " in themes of one group only " + unseen);
        perGroup.forEach((g, c) -> System.out.println(g + " provisions " + c[2] + " links " + c[0] + " one-group-theme links " + c[1]));
        for (Theme t : themes) {
            System.out.printf("%-70s parent=%s n=%d groups=%s%n", t.label("fr"), t.parentId() == null ? "-" : "Y", freq.getOrDefault(t.id(), 0), groupsOf.getOrDefault(t.id(), Set.of()));
        }
    }
}
