package org.compendium.index;

import org.compendium.model.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule-based reader of whom a recommendation or an operative paragraph is addressed to: States parties, States,
 * the Secretariat (UNODC, "l'Office", "le Secrétariat"), the Conference or the working group.
 *
 * <p>Two rules, because the two kinds of provision put the addressee in different places. A recommendation names
 * its subject before its modal phrase ("Les États parties devraient…"): every addressee before the modal counts. An
 * operative paragraph names it right after the verb of each of its clauses: the first clause's addressee counts if it
 * begins within the first few words ("Prie instamment les États parties…"), with those coordinated right after it
 * ("les États parties et l'Office"); a later clause — a verb of request ({@link #REQUEST_VERBS}) after a comma, a
 * semicolon or "et" — adds the addressee that follows its verb directly, adverbs and a preposition or article
 * apart ("…, et demande à l'Office de…", "…, prie également le Secrétariat…"). Anything else in the text is the
 * provision's content, not its addressee, and is ignored.
 */
public final class Addressees {
    public static final String STATES_PARTIES = "states-parties";
    public static final String STATES = "states";
    public static final String SECRETARIAT = "secretariat";
    public static final String CONFERENCE = "conference";
    public static final String WORKING_GROUP = "working-group";

    /** The codes in the order results list them. */
    public static final List<String> CODES = List.of(STATES_PARTIES, STATES, SECRETARIAT, CONFERENCE, WORKING_GROUP);

    /** How far from the start an operative paragraph's addressee may begin: just after a leading verb of a few words. */
    private static final int VERB_WINDOW = 40;
    /** The largest gap between two coordinated addressees ("les États parties et l'Office"). */
    private static final int COORDINATION_GAP = 12;

    // On folded text. Alternatives are ordered so that "etats parties" is tried before "etats".
    private static final Pattern ADDRESSEE = Pattern.compile(
            "\\b(?<parties>etats parties|etats-parties|parties a la convention|parties au protocole)\\b"
                    + "|\\b(?<states>etats(?: membres)?|gouvernements)\\b"
                    + "|(?<secretariat>\\bl'office\\b|\\bonudc\\b|\\bsecretariat\\b)"
                    + "|\\b(?<conference>conference des parties|la conference)\\b"
                    + "|\\b(?<group>groupe de travail)\\b");

    /** The verbs that open a clause addressed to someone, folded: a later clause of an operative paragraph. */
    static final List<String> REQUEST_VERBS = List.of("prie", "demande", "invite", "engage", "exhorte", "encourage",
            "recommande", "charge", "autorise", "appelle");
    /** What may stand between a clause's verb and its addressee, folded. */
    private static final List<String> VERB_ADVERBS = List.of("instamment", "egalement", "aussi", "en outre",
            "de nouveau", "vivement", "donc", "par ailleurs");
    /** A later clause: a separator, a verb of request, its adverbs, then a preposition or an article. */
    private static final Pattern CLAUSE = Pattern.compile("(?:[,;:]\\s*(?:et\\s+)?|\\s+et\\s+)(?:"
            + String.join("|", REQUEST_VERBS) + ")(?:\\s+(?:" + String.join("|", VERB_ADVERBS).replace(" ", "\\s+")
            + "))*\\s+(?:(?:a|aux|au)\\s+)?(?:(?:les|le|la|des)\\s+)?");

    private Addressees() {
    }

    /** The addressee codes of a provision's text, in order of first mention, without repeats; empty when none is read. */
    public static List<String> read(String text) {
        String folded = TextFolding.foldKeepingLength(text);
        int modal = LeadingVerbs.modalStart(text);
        List<String> out = new ArrayList<>();
        Matcher m = ADDRESSEE.matcher(folded);
        if (modal >= 0) {
            m.region(0, modal);
            while (m.find()) {
                add(out, m);
            }
            return List.copyOf(out);
        }
        int lastEnd = -1;
        while (m.find() && (lastEnd >= 0 || m.start() <= VERB_WINDOW)) {
            if (lastEnd >= 0 && m.start() - lastEnd > COORDINATION_GAP) {
                break;
            }
            add(out, m);
            lastEnd = m.end();
        }
        Matcher clause = CLAUSE.matcher(folded);
        while (clause.find()) {
            Matcher a = ADDRESSEE.matcher(folded).region(clause.end(), folded.length());
            if (a.lookingAt()) {
                add(out, a);
                coordinated(out, folded, a.end());
            }
        }
        return List.copyOf(out);
    }

    /** The addressees coordinated after one that ends at {@code end}: "les États parties et l'Office". */
    private static void coordinated(List<String> out, String folded, int end) {
        Matcher m = ADDRESSEE.matcher(folded);
        int lastEnd = end;
        while (m.find(lastEnd) && m.start() - lastEnd <= COORDINATION_GAP) {
            add(out, m);
            lastEnd = m.end();
        }
    }

    private static void add(List<String> out, Matcher m) {
        String code = m.group("parties") != null ? STATES_PARTIES
                : m.group("states") != null ? STATES
                : m.group("secretariat") != null ? SECRETARIAT
                : m.group("conference") != null ? CONFERENCE
                : WORKING_GROUP;
        if (!out.contains(code)) {
            out.add(code);
        }
    }
}
