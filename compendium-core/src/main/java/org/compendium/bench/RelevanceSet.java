package org.compendium.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Citation;

/**
 * The relevance set of the search: queries with graded judgments, read from {@code relevance-fr.tsv} (its header
 * says how it was built and how to write it). Theme judgments are expanded with the published index's links, and
 * every judged citation must be one of the indexed provisions: a judgment that resolves to nothing fails the load,
 * naming its line, instead of quietly counting as a miss.
 */
final class RelevanceSet {
    /** The set shipped with the benchmark. */
    static final String RESOURCE = "relevance-fr.tsv";

    private RelevanceSet() {
    }

    /**
     * One judged query.
     *
     * @param id     its id ({@code q01})
     * @param style  who types it and how ({@code delegate:keywords})
     * @param query  the text typed
     * @param grades the relevant provisions, each with its grade (2 relevant, 1 partly)
     */
    record Judged(String id, String style, String query, Map<Citation, Integer> grades) {
        Judged {
            grades = Map.copyOf(grades);
        }
    }

    /** The shipped set, resolved against the theme links and the indexed citations. */
    static List<Judged> load(Map<String, List<Citation>> themeLinks, Set<Citation> indexed) {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (org/compendium/bench)");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), themeLinks, indexed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static List<Judged> read(BufferedReader reader, Map<String, List<Citation>> themeLinks, Set<Citation> indexed)
            throws IOException {
        List<Judged> out = new ArrayList<>();
        String id = null;
        String style = null;
        String query = null;
        Map<Citation, Integer> grades = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].equals("Q") && cols.length == 4) {
                if (id != null) {
                    out.add(judged(id, style, query, grades, lineNumber));
                }
                id = cols[1];
                style = cols[2];
                query = cols[3];
                grades = new LinkedHashMap<>();
            } else if (cols[0].isEmpty() && (cols.length == 4 || cols.length == 5 && cols[4].equals("pool")) && id != null) {
                int grade = grade(cols[2], lineNumber);
                List<Citation> citations = switch (cols[1]) {
                    case "theme" -> themeLinks.get(cols[3]);
                    case "cite" -> List.of(citation(cols[3], indexed, lineNumber));
                    default -> throw problem(lineNumber, "unknown judgment kind '" + cols[1] + "' (theme or cite)");
                };
                if (citations == null || citations.isEmpty()) {
                    throw problem(lineNumber, "no provision is linked to theme '" + cols[3] + "' in the published index");
                }
                for (Citation c : citations) {
                    grades.merge(c, grade, Math::max);
                }
            } else {
                throw problem(lineNumber, "expected 'Q<tab>id<tab>style<tab>query' or '<tab>theme|cite<tab>grade<tab>value[<tab>pool]'");
            }
        }
        if (id != null) {
            out.add(judged(id, style, query, grades, lineNumber));
        }
        return out;
    }

    private static Judged judged(String id, String style, String query, Map<Citation, Integer> grades, int line) {
        if (grades.isEmpty()) {
            throw problem(line, "query " + id + " has no judgment");
        }
        return new Judged(id, style, query, grades);
    }

    private static Citation citation(String text, Set<Citation> indexed, int line) {
        Citation c;
        try {
            c = Citation.parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(line, "cannot read the citation '" + text + "': " + e.getMessage());
        }
        if (!indexed.contains(c)) {
            throw problem(line, "no indexed provision has the citation '" + text + "'");
        }
        return c;
    }

    private static int grade(String text, int line) {
        return switch (text) {
            case "1" -> 1;
            case "2" -> 2;
            default -> throw problem(line, "a grade is 1 or 2, not '" + text + "'");
        };
    }

    private static IllegalStateException problem(int line, String what) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + what);
    }
}
