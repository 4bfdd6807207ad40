package org.compendium.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A language's lists of equivalent expressions — the words of the field that people use for one thing and the texts
 * write another way ({@code passeurs} and {@code trafic illicite de migrants}, {@code équipes communes d'enquête} and
 * {@code équipes d'enquête conjointes}, {@code attachés de liaison} and {@code agents de liaison}) — read from a data
 * file per language that editors can edit ({@code equivalences/fr.txt} beside this class: one group per line, its
 * expressions separated by {@code |}, {@code #} starting a comment). A query holding one expression of a group also
 * looks for the others ({@link WordsQuery}), scored {@value WordsQuery#EQUIVALENT_WEIGHT} as much as the typed
 * words, so that what the reader typed ranks first.
 *
 * <p>Each expression is read with the analyzer of the field it is matched in, so the query and the list meet in the
 * same terms (stop words and elisions dropped, words stemmed): {@code trafic d'êtres humains} is {@code trafic etre
 * humain} in {@code text.fr}. The expressions of a group need not be exact synonyms; they name one topic, which is
 * why they score below the typed words.
 */
final class Equivalences {
    /** No equivalence: the language has no list. */
    static final Equivalences NONE = new Equivalences(List.of());

    /** One expression of a group as a field's analyzer makes it: its words and their positions. */
    record Expression(List<WordsQuery.Token> tokens) {
        Expression {
            tokens = List.copyOf(tokens);
        }

        List<String> terms() {
            return tokens.stream().map(WordsQuery.Token::term).toList();
        }
    }

    private final List<List<Expression>> groups;

    private Equivalences(List<List<Expression>> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The groups of the list, each with at least two expressions. */
    List<List<Expression>> groups() {
        return groups;
    }

    /**
     * The list of {@code language} ({@code fr}) as {@code analyzer} reads it in {@code field}; {@link #NONE} when the
     * language has no file.
     *
     * @throws IllegalArgumentException when the file has a group of fewer than two expressions, naming its line
     */
    static Equivalences of(String language, Analyzer analyzer, String field) {
        String resource = "equivalences/" + language + ".txt";
        try (InputStream in = Equivalences.class.getResourceAsStream(resource)) {
            if (in == null) {
                return NONE;
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, analyzer, field);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** The groups of a list's text ({@code source} names it in errors). */
    static Equivalences parse(String text, String source, Analyzer analyzer, String field) {
        List<List<Expression>> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String content = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (content.isEmpty()) {
                    continue;
                }
                Set<List<String>> seen = new LinkedHashSet<>();
                List<Expression> group = new ArrayList<>();
                for (String part : content.split("\\|")) {
                    List<WordsQuery.Token> tokens = WordsQuery.analyze(analyzer, field, part.strip());
                    Expression e = new Expression(tokens);
                    if (!tokens.isEmpty() && seen.add(e.terms())) {
                        group.add(e);
                    }
                }
                if (group.size() < 2) {
                    throw new IllegalArgumentException(source + " line " + number + ": a group needs two expressions "
                            + "that differ after analysis, separated by |: " + content);
                }
                out.add(List.copyOf(group));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Equivalences(out);
    }

    /**
     * One expression to look for beside a query's words, and the words of the query it stands for (those of the
     * group's expressions that the query holds).
     */
    record Expansion(Expression expression, Set<String> replaces) {
        Expansion {
            replaces = Set.copyOf(replaces);
        }
    }

    /**
     * The expressions to look for beside {@code query}'s words: the other expressions of every group one of whose
     * expressions the query holds (its words in a row, as analysed), each once, none that the query holds itself.
     */
    List<Expansion> expansions(List<WordsQuery.Token> query) {
        List<String> terms = query.stream().map(WordsQuery.Token::term).toList();
        java.util.Map<List<String>, Expansion> out = new java.util.LinkedHashMap<>();
        for (List<Expression> group : groups) {
            Set<String> held = new LinkedHashSet<>();
            group.stream().filter(e -> holds(terms, e.terms())).forEach(e -> held.addAll(e.terms()));
            if (held.isEmpty()) {
                continue;
            }
            for (Expression e : group) {
                if (!holds(terms, e.terms())) {
                    out.merge(e.terms(), new Expansion(e, held), (a, b) -> {
                        Set<String> both = new LinkedHashSet<>(a.replaces());
                        both.addAll(b.replaces());
                        return new Expansion(a.expression(), both);
                    });
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Whether {@code terms} holds {@code part} as consecutive terms. */
    private static boolean holds(List<String> terms, List<String> part) {
        return java.util.Collections.indexOfSubList(terms, part) >= 0;
    }
}
