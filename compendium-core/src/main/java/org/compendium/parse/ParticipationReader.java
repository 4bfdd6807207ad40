package org.compendium.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Participant;
import org.compendium.model.ParticipationRole;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.french.NameLists;
import org.compendium.parse.french.StateNames;

/**
 * Reads the lists of participating States from a meeting report's participation paragraphs ("Les Parties ... étaient
 * représentées à la réunion : Afrique du Sud, ...") and names each State by a stable identifier.
 */
final class ParticipationReader {
    private static final Pattern LIST_PARAGRAPH = Pattern.compile("^(?:Les (?:Parties|États)\\b)[^:]{0,400}représenté[^:]{0,300}:\\s*(.+)$");

    private ParticipationReader() {
    }

    /** The participants, in the order listed; a State listed twice in one role counts once. */
    static List<Participant> read(List<Provision> provisions, List<String> unresolved) {
        Map<String, Participant> out = new LinkedHashMap<>();
        for (Provision p : provisions) {
            if (p.kind() != ProvisionKind.PARAGRAPH) {
                continue;
            }
            Matcher m = LIST_PARAGRAPH.matcher(p.text());
            if (!m.matches()) {
                continue;
            }
            String head = p.text().substring(0, m.start(1));
            ParticipationRole role = head.contains("ni parties") || head.contains("ni signataires")
                    ? ParticipationRole.OBSERVER_STATE
                    : head.contains("signataires") ? ParticipationRole.SIGNATORY : ParticipationRole.PARTY;
            for (String name : NameLists.split(m.group(1))) {
                Optional<String> id = StateNames.idOf(name);
                if (id.isEmpty()) {
                    unresolved.add(name + " (para. " + p.number() + ")");
                    continue;
                }
                out.putIfAbsent(role + ":" + id.get(), new Participant(id.get(), name, role, p.number()));
            }
        }
        return new ArrayList<>(out.values());
    }
}
