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
import org.compendium.model.Language;

/**
 * A relevance set of the search: queries with graded judgments, read from {@code relevance-fr.tsv} (French, over the
 * seeds) or {@code relevance-multilingual.tsv} (topics asked in several languages over the six-language fixtures);
 * each file's header says how it was built and how to write it. Theme judgments are expanded with the published
 * index's links, and every judged citation must be one of the indexed provisions: a judgment that resolves to nothing
 * fails the load, naming its line, instead of quietly counting as a miss. Consecutive query lines form one topic:
 * the judgments that follow them hold for each (the same need asked in several languages, judged once by citation,
 * since a provision's versions share their citation).
 */
final class RelevanceSet {
    /** The French set over the seeds, shipped with the benchmark. */
    static final String RESOURCE = "relevance-fr.tsv";
    /** The multilingual set over the six-language fixtures. */
    static final String MULTILINGUAL = "relevance-multilingual.tsv";

    private RelevanceSet() {
    }

    /**
     * One judged query.
     *
     * @param id       its id ({@code q01}, {@code t01.en})
     * @param style    who types it and how ({@code delegate:keywords})
     * @param query    the text typed
     * @param language the language it is typed in
     * @param grades   the relevant provisions, each with its grade (2 relevant, 1 partly)
     */
    record Judged(String id, String style, String query, Language language, Map<Citation, Integer> grades) {
        Judged {
            grades = Map.copyOf(grades);
        }
    }

    /** The shipped French set, resolved against the theme links and the indexed citations. */
    static List<Judged> load(Map<String, List<Citation>> themeLinks, Set<Citation> indexed) {
        return load(RESOURCE, themeLinks, indexed);
    }

    /** A shipped set ({@link #RESOURCE} or {@link #MULTILINGUAL}), resolved against the theme links and the indexed citations. */
    static List<Judged> load(String resource, Map<String, List<Citation>> themeLinks, Set<Citation> indexed) {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path (org/compendium/bench)");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), themeLinks, indexed);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(resource + " " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A query line of the file, waiting for its topic's judgments. */
    private record Asked(String id, String style, String query, Language language) {
    }

    static List<Judged> read(BufferedReader reader, Map<String, List<Citation>> themeLinks, Set<Citation> indexed)
            throws IOException {
        List<Judged> out = new ArrayList<>();
        List<Asked> topic = new ArrayList<>();
        Map<Citation, Integer> grades = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols[0].equals("Q") && (cols.length == 4 || cols.length == 5)) {
                if (!grades.isEmpty()) {
                    judged(topic, grades, lineNumber, out);
                    topic = new ArrayList<>();
                    grades = new LinkedHashMap<>();
                }
                topic.add(new Asked(cols[1], cols[2], cols[3], cols.length == 5 ? language(cols[4], lineNumber) : Language.FRENCH));
            } else if (cols[0].isEmpty() && (cols.length == 4 || cols.length == 5 && cols[4].equals("pool")) && !topic.isEmpty()) {
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
                throw problem(lineNumber, "expected 'Q<tab>id<tab>style<tab>query[<tab>lang]' or "
                        + "'<tab>theme|cite<tab>grade<tab>value[<tab>pool]'");
            }
        }
        if (!topic.isEmpty()) {
            judged(topic, grades, lineNumber, out);
        }
        return out;
    }

    private static void judged(List<Asked> topic, Map<Citation, Integer> grades, int line, List<Judged> out) {
        if (grades.isEmpty()) {
            throw problem(line, "query " + topic.getLast().id() + " has no judgment");
        }
        for (Asked a : topic) {
            out.add(new Judged(a.id(), a.style(), a.query(), a.language(), grades));
        }
    }

    private static Language language(String code, int line) {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw problem(line, "unknown language '" + code + "' (ar, zh, en, fr, ru, es)");
        }
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
        return new IllegalStateException("line " + line + ": " + what);
    }
}
