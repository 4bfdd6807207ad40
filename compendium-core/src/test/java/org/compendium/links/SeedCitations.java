package org.compendium.links;

/**
 * The citations the links tests name, in one place (with the gold files beside them in
 * {@code src/test/resources/org/compendium/links}), so that a change of citation form is one edit.
 */
final class SeedCitations {
    static final String RES_11_5_OP_16 = "COP res. 11/5 op. 16";
    static final String WG7_2012_REC_20 = "CTOC/COP/WG.7 meeting 1 rec. 20";
    static final String RES_6_3_OP_3 = "COP res. 6/3 op. 3";

    private SeedCitations() {
    }
}
