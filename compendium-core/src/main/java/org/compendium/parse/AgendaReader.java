package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.AgendaItem;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;

/** Reads the adopted agenda that a meeting report lists inside a paragraph ("a adopté ... l’ordre du jour ci-après :"). */
final class AgendaReader {
    private static final Pattern AGENDA_PARAGRAPH = Pattern.compile("ordre du jour (?:ci-après|suivant)\\s*:\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("(?:^|\\s)(\\d{1,2})\\.\\s+(.+?)(?=\\s\\d{1,2}\\.\\s+\\p{Lu}|$)");
    private static final Pattern SUB_ITEM = Pattern.compile("(?:^|\\s)([a-z])\\)\\s+(.+?)(?=\\s[a-z]\\)\\s+\\p{Lu}|$)");

    private AgendaReader() {
    }

    static List<AgendaItem> read(List<Provision> provisions) {
        for (Provision p : provisions) {
            if (p.kind() != ProvisionKind.PARAGRAPH) {
                continue;
            }
            Matcher m = AGENDA_PARAGRAPH.matcher(p.text());
            if (m.find()) {
                return items(m.group(1));
            }
        }
        return List.of();
    }

    private static List<AgendaItem> items(String list) {
        List<AgendaItem> out = new ArrayList<>();
        Matcher item = ITEM.matcher(list);
        while (item.find()) {
            String body = item.group(2).strip();
            Matcher sub = SUB_ITEM.matcher(body);
            if (sub.find()) {
                out.add(new AgendaItem(item.group(1), clean(body.substring(0, sub.start()))));
                do {
                    out.add(new AgendaItem(item.group(1) + " " + sub.group(1), clean(sub.group(2))));
                } while (sub.find());
            } else {
                out.add(new AgendaItem(item.group(1), clean(body)));
            }
        }
        return out;
    }

    private static String clean(String title) {
        return title.strip().replaceAll("\\s*[;:.]\\s*$", "").strip();
    }
}
