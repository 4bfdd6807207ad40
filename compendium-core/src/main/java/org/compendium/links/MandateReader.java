package org.compendium.links;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;

/**
 * The reader of mandates in operative paragraphs and sub-paragraphs: a verb that asks ({@link MandateLanguage#verbs})
 * directly followed by an addressee ({@code Prie l'Office…}, {@code demande à l'Office…}, {@code renouveler
 * l'invitation faite à l'Office…}), anywhere in the text. A provision gives at most one mandate per addressee (the
 * first clause that asks it); a sub-paragraph is a mandate only when its own words name the addressee (the
 * sub-paragraphs of {@code Demande aux États parties … :} ask the States, not UNODC).
 */
public final class MandateReader {
    private final MandateLanguage language;

    public MandateReader(MandateLanguage language) {
        this.language = language;
    }

    /** The mandates of one provision, in text order; none for a preambular paragraph or a report's. */
    public List<Mandate> read(Provision p) {
        if (p.kind() != ProvisionKind.OPERATIVE && p.kind() != ProvisionKind.SUBPARAGRAPH) {
            return List.of();
        }
        String text = p.text();
        List<Mandate> out = new ArrayList<>();
        Set<Mandate.Addressee> seen = EnumSet.noneOf(Mandate.Addressee.class);
        for (Map.Entry<Pattern, Mandate.Strength> verb : language.verbs()) {
            Matcher v = verb.getKey().matcher(text);
            while (v.find()) {
                if (language.spaced() && (v.start() > 0 && Character.isLetter(text.charAt(v.start() - 1))
                        || v.end() < text.length() && Character.isLetter(text.charAt(v.end())))) {
                    continue; // part of a longer word (chargé, demandeurs)
                }
                Matcher gap = language.between().matcher(text).region(v.end(), text.length());
                if (!gap.lookingAt()) {
                    continue;
                }
                for (Map.Entry<Mandate.Addressee, Pattern> a : language.addressees().entrySet()) {
                    if (!seen.contains(a.getKey())
                            && a.getValue().matcher(text).region(gap.end(), text.length()).lookingAt()) {
                        // The verb and the adverb after it (prie également), not the preposition (demande à).
                        int end = gap.group("adverb") == null ? v.end() : gap.end("adverb");
                        String phrase = text.substring(v.start(), end).strip().replaceAll("\\s+", " ")
                                .toLowerCase(Locale.ROOT);
                        out.add(new Mandate(p.citation(), a.getKey(), phrase, verb.getValue(), v.start(), text));
                        seen.add(a.getKey());
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mandate::start));
        return out;
    }
}
