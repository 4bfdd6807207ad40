package org.compendium.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable, typeable reference to one provision, e.g. {@code CTOC/COP/WG.7/2021 rec. 12},
 * {@code COP res. 11/5 op. 4(b)}, {@code COP res. 6/3 pp. 5} or {@code COP dec. 2/4 (n)(iii)}.
 *
 * <p>{@code work} names the document (a report by body and year, or a COP resolution or decision by number);
 * {@code designator} says which series the number belongs to ({@code rec}, {@code para}, {@code op}, {@code pp}, or
 * empty for the lettered paragraphs of a decision); {@code subdivisions} are the nested sub-paragraph labels.
 * {@link #parse} accepts what people type (missing dots, extra spaces, any case) and {@link #toString} prints the
 * canonical form, so {@code parse(c.toString()).equals(c)}.
 */
public record Citation(String work, String designator, String number, List<String> subdivisions) {
    /** Series designators, in the order they are tried by the parser. */
    public static final List<String> DESIGNATORS = List.of("rec", "para", "op", "pp");

    private static final Pattern CANONICAL = Pattern.compile(
            "^(?<work>.+?)\\s+(?:(?<des>rec|para|op|pp)\\.?\\s*(?<num>[0-9]+[a-z]?)|\\((?<letter>[a-z]{1,2})\\))"
                    + "(?<subs>(?:\\s*\\(?[a-z0-9]{1,5}\\))*)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB = Pattern.compile("\\(?([a-z0-9]{1,5})\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RES_OR_DEC = Pattern.compile("^COP\\s+(res|dec)\\.?\\s*(\\d+/\\d+)$", Pattern.CASE_INSENSITIVE);

    public Citation {
        if (work == null || work.isBlank()) {
            throw new IllegalArgumentException("a citation needs a work");
        }
        designator = designator == null ? "" : designator;
        if (!designator.isEmpty() && !DESIGNATORS.contains(designator)) {
            throw new IllegalArgumentException("unknown designator '" + designator + "'; expected " + DESIGNATORS);
        }
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a citation needs a number");
        }
        subdivisions = List.copyOf(subdivisions);
    }

    public static Citation of(String work, String designator, String number, String... subdivisions) {
        return new Citation(work, designator, number, List.of(subdivisions));
    }

    /** The work identifier of a COP resolution, e.g. {@code COP res. 11/5}. */
    public static String resolutionWork(String number) {
        return "COP res. " + number;
    }

    /** The work identifier of a COP decision, e.g. {@code COP dec. 2/4}. */
    public static String decisionWork(String number) {
        return "COP dec. " + number;
    }

    /** A citation one level down: this one with {@code label} appended as a sub-paragraph. */
    public Citation child(String label) {
        List<String> subs = new ArrayList<>(subdivisions);
        subs.add(label);
        return new Citation(work, designator, number, subs);
    }

    /**
     * Parses a citation as typed by a person.
     *
     * @throws IllegalArgumentException with a message saying what shape is expected
     */
    public static Citation parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no citation given");
        }
        Matcher m = CANONICAL.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a citation: '" + text + "'. Expected e.g. 'CTOC/COP/WG.7/2021 rec. 12', "
                    + "'COP res. 11/5 op. 4(b)', 'COP res. 6/3 pp. 5' or 'COP dec. 2/4 (n)(iii)'");
        }
        String work = canonicalWork(m.group("work").strip());
        List<String> subs = new ArrayList<>();
        Matcher s = SUB.matcher(m.group("subs"));
        while (s.find()) {
            subs.add(s.group(1).toLowerCase(Locale.ROOT));
        }
        if (m.group("des") != null) {
            return new Citation(work, m.group("des").toLowerCase(Locale.ROOT), m.group("num").toLowerCase(Locale.ROOT), subs);
        }
        return new Citation(work, "", m.group("letter").toLowerCase(Locale.ROOT), subs);
    }

    private static String canonicalWork(String work) {
        Matcher m = RES_OR_DEC.matcher(work);
        if (m.matches()) {
            return "COP " + m.group(1).toLowerCase(Locale.ROOT) + ". " + m.group(2);
        }
        return work.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(work).append(' ');
        if (designator.isEmpty()) {
            sb.append('(').append(number).append(')');
        } else {
            sb.append(designator).append(". ").append(number);
        }
        for (String sub : subdivisions) {
            sb.append('(').append(sub).append(')');
        }
        return sb.toString();
    }
}
