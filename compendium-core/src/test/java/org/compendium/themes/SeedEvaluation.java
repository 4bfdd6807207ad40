package org.compendium.themes;

/**
 * The nested evaluation of the seed compendium's index, the themes worded by their labels and the built-in keyword
 * list: run once per test JVM (about 30 s of CPU) for the tests that read it.
 */
final class SeedEvaluation {
    static final IndexImport.Result IMPORTED = IndexImport.resolve(SeedCompendium.COMPENDIUM);
    static final TrainingSet SET = TrainingSet.of(SeedCompendium.COMPENDIUM, IMPORTED.links());
    static final NestedEvaluation.Result RESULT = NestedEvaluation.run(IMPORTED.themes(), KeywordList.builtIn(), SET);

    private SeedEvaluation() {
    }
}
