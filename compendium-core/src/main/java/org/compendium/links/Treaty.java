package org.compendium.links;

/** A treaty whose articles provisions refer to, with the name references are given in every language. */
public enum Treaty {
    UNTOC("Organized Crime Convention"),
    TIP_PROTOCOL("Trafficking in Persons Protocol"),
    SOM_PROTOCOL("Smuggling of Migrants Protocol"),
    FIREARMS_PROTOCOL("Firearms Protocol"),
    VIENNA_CONSULAR("Vienna Convention on Consular Relations");

    private final String title;

    Treaty(String title) {
        this.title = title;
    }

    /** Its short English title, the start of its references' targets. */
    public String title() {
        return title;
    }
}
