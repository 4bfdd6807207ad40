package org.compendium.parse;

import org.compendium.model.ParsedDocument;

/** Manual probe: prints the full text of provisions whose citation contains args[1] (not a test). */
public final class Show {
    public static void main(String[] args) throws Exception {
        ParsedDocument d = new DocumentParser().parse(Corpus.text(args[0]));
        d.provisions().stream().filter(p -> p.citation().toString().contains(args[1]))
                .forEach(p -> System.out.println(p.citation() + " [" + p.label() + "] " + p.leadingVerb() + " " + p.spans() + "\n  " + p.text()));
    }
}
