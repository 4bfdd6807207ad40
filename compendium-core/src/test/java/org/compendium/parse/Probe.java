package org.compendium.parse;

import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;

/** Manual probe: prints what the parser reads from a corpus file (not a test). */
public final class Probe {
    public static void main(String[] args) throws Exception {
        ParsedDocument d = new DocumentParser().parse(Corpus.text(args[0]));
        System.out.println(d.metadata());
        System.out.println("coverage " + d.coverage().describe());
        for (Provision p : d.provisions()) {
            String t = p.text();
            System.out.println(p.citation() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb() + " | "
                    + (t.length() > 90 ? t.substring(0, 90) : t));
        }
        d.segments().forEach(s -> System.out.println("  SEG " + s.kind() + " " + s.label() + " " + s.path() + " | "
                + (s.text().length() > 80 ? s.text().substring(0, 80) : s.text())));
    }
}
