package org.compendium.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How one language version of a work lines up with another, provision by provision, by eId: the eIds only one of them
 * has (a paragraph missing in one language, a different numbering), and whether the shared ones come in the same
 * order. Two versions align one to one when both lists are empty and the order is the same; anything else is a
 * difference to report, never to merge silently.
 *
 * @param language  the version being compared
 * @param other     the version it is compared with
 * @param onlyHere  eIds of {@code language} that {@code other} lacks, in document order
 * @param onlyThere eIds of {@code other} that {@code language} lacks, in document order
 * @param sameOrder whether the eIds both have come in the same order in both
 * @param shared    how many eIds both have
 */
public record Alignment(Language language, Language other, List<Eid> onlyHere, List<Eid> onlyThere, boolean sameOrder, int shared) {
    public Alignment {
        onlyHere = List.copyOf(onlyHere);
        onlyThere = List.copyOf(onlyThere);
    }

    /** Compares the eIds of two versions' provisions of one work, each in document order. */
    public static Alignment of(Language language, List<Eid> here, Language other, List<Eid> there) {
        Set<Eid> hereSet = new LinkedHashSet<>(here);
        Set<Eid> thereSet = new LinkedHashSet<>(there);
        List<Eid> onlyHere = here.stream().filter(e -> !thereSet.contains(e)).distinct().toList();
        List<Eid> onlyThere = there.stream().filter(e -> !hereSet.contains(e)).distinct().toList();
        List<Eid> sharedHere = new ArrayList<>(hereSet);
        sharedHere.retainAll(thereSet);
        List<Eid> sharedThere = new ArrayList<>(thereSet);
        sharedThere.retainAll(hereSet);
        return new Alignment(language, other, onlyHere, onlyThere, sharedHere.equals(sharedThere), sharedHere.size());
    }

    /** Whether the two versions have the same eIds in the same order. */
    public boolean oneToOne() {
        return onlyHere.isEmpty() && onlyThere.isEmpty() && sameOrder;
    }

    /**
     * E.g. {@code aligned one to one with the fr version (62 provisions)}, or {@code structure differs from the fr
     * version: 1 provision not in fr (op_9); 2 provisions of fr missing here (op_7, op_8); 60 shared}.
     */
    public String describe() {
        if (oneToOne()) {
            return "aligned one to one with the " + other.code() + " version (" + shared + (shared == 1 ? " provision)" : " provisions)");
        }
        List<String> parts = new ArrayList<>();
        if (!onlyHere.isEmpty()) {
            parts.add(count(onlyHere.size()) + " not in " + other.code() + " (" + list(onlyHere) + ")");
        }
        if (!onlyThere.isEmpty()) {
            parts.add(count(onlyThere.size()) + " of " + other.code() + " missing here (" + list(onlyThere) + ")");
        }
        if (!sameOrder) {
            parts.add("the shared provisions come in another order");
        }
        parts.add(shared + " shared");
        return "structure differs from the " + other.code() + " version: " + String.join("; ", parts);
    }

    private static String count(int n) {
        return n + (n == 1 ? " provision" : " provisions");
    }

    private static String list(List<Eid> eids) {
        List<String> shown = eids.stream().limit(8).map(Eid::toString).toList();
        return String.join(", ", shown) + (eids.size() > 8 ? ", … " + (eids.size() - 8) + " more" : "");
    }
}
