package org.compendium.links;

import java.util.Locale;
import org.compendium.model.Citation;

/**
 * A task an operative paragraph or sub-paragraph gives to the Secretariat, UNODC or a working group, in whichever
 * clause it gives it ({@code … et demande à l'Office des Nations Unies contre la drogue et le crime d'aider …}).
 *
 * @param citation  the provision that gives it
 * @param addressee who is asked
 * @param verb      the verb phrase as written, lower case ({@code prie également}, {@code invite de nouveau})
 * @param strength  how strongly it asks
 * @param start     where the verb starts in the provision's text
 * @param text      the provision's text
 */
public record Mandate(Citation citation, Addressee addressee, String verb, Strength strength, int start, String text) {
    /** Who a mandate is given to. */
    public enum Addressee {
        UNODC, SECRETARIAT, WORKING_GROUP;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How strongly a mandate asks, strongest first. */
    public enum Strength {
        DECIDES, URGES, REQUESTS, INVITES, ENCOURAGES;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The task itself: the words from the verb on (what is asked, not the paragraph's earlier clauses). */
    public String task() {
        return text.substring(start);
    }
}
