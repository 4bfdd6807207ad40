package org.compendium.publish;

/** The note printed under the index, as the published edition words it. */
final class IndexNote {
    static final String TEXT = "Note : Les zones grisées de l'index contiennent des références aux résolutions et décisions "
            + "de la Conférence des Parties. L'abréviation « al. » signifie alinéa du préambule.";

    private IndexNote() {
    }
}
