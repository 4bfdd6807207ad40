package org.compendium.publish;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.compendium.model.Eid;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Work;

/**
 * The stored language versions (expressions) of one work, aligned by eId: the parser gives the same provision the same
 * eId in every language ({@code rec_3}, {@code op_2__subpara_a}), so a provision of the French version is found in the
 * Arabic one by its eId, never by its position or text.
 */
final class LanguageVersions {
    /** Which version gives the edition its order when the requested one is missing or shorter: French, then English. */
    private static final List<Language> SKELETON_ORDER = List.of(Language.FRENCH, Language.ENGLISH, Language.ARABIC,
            Language.CHINESE, Language.RUSSIAN, Language.SPANISH);

    private final Work work;
    private final Map<Language, ParsedDocument> byLanguage = new EnumMap<>(Language.class);
    private final Map<Language, Map<Eid, Provision>> byEid = new EnumMap<>(Language.class);

    private LanguageVersions(Work work) {
        this.work = work;
    }

    /** The documents grouped by work, in the order their works first appear; a second document of one expression is ignored. */
    static Map<Work, LanguageVersions> group(List<ParsedDocument> documents) {
        Map<Work, LanguageVersions> out = new LinkedHashMap<>();
        for (ParsedDocument d : documents) {
            out.computeIfAbsent(d.work(), LanguageVersions::new).add(d);
        }
        return out;
    }

    private void add(ParsedDocument d) {
        Language l = d.metadata().language();
        if (byLanguage.putIfAbsent(l, d) == null) {
            Map<Eid, Provision> eids = new LinkedHashMap<>();
            d.provisions().forEach(p -> eids.putIfAbsent(p.citation().eId(), p));
            byEid.put(l, eids);
        }
    }

    Work work() {
        return work;
    }

    /** The version in {@code language}, if stored. */
    Optional<ParsedDocument> in(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** Any stored version, French first. */
    ParsedDocument any() {
        return SKELETON_ORDER.stream().map(byLanguage::get).filter(d -> d != null).findFirst()
                .orElseGet(() -> byLanguage.values().iterator().next());
    }

    /** The provision {@code eId} in {@code language}, if that version is stored and has it. */
    Optional<Provision> provision(Language language, Eid eId) {
        return Optional.ofNullable(byEid.getOrDefault(language, Map.of()).get(eId));
    }

    /**
     * The provisions kept by {@code keep}, in order, each in {@code wanted} when that version has it: the order is
     * the fullest version's (the wanted one on a tie, else French, else English), so a provision only another
     * language has is placed where it belongs and reported missing instead of vanishing.
     */
    List<Aligned> align(Language wanted, Predicate<Provision> keep) {
        ParsedDocument skeleton = skeleton(wanted, keep);
        List<Aligned> out = new ArrayList<>();
        java.util.Set<Eid> seen = new java.util.HashSet<>();
        for (Provision p : skeleton.provisions()) {
            if (keep.test(p) && seen.add(p.citation().eId())) {
                out.add(new Aligned(p, provision(wanted, p.citation().eId()).orElse(null)));
            }
        }
        for (Provision p : byEid.getOrDefault(wanted, Map.of()).values()) {
            if (keep.test(p) && seen.add(p.citation().eId())) {
                out.add(new Aligned(p, p));
            }
        }
        return out;
    }

    private ParsedDocument skeleton(Language wanted, Predicate<Provision> keep) {
        List<Language> order = new ArrayList<>();
        order.add(wanted);
        order.addAll(SKELETON_ORDER);
        ParsedDocument best = null;
        long most = -1;
        for (Language l : order) {
            ParsedDocument d = byLanguage.get(l);
            long n = d == null ? -1 : d.provisions().stream().filter(keep).count();
            if (n > most) {
                best = d;
                most = n;
            }
        }
        return best != null ? best : any();
    }

    /**
     * One provision of the work, aligned.
     *
     * @param skeleton the provision in the version that gives the order (its number and reference)
     * @param wanted   the same provision in the wanted language, or null when that version lacks it
     */
    record Aligned(Provision skeleton, Provision wanted) {
    }
}
