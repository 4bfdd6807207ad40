package org.compendium.parse.french;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A splitter of the French enumerations of names printed in participant lists
 * ({@code Algérie, Chine, Union européenne et Venezuela (République bolivarienne du).}).
 *
 * <p>Commas separate items, and {@code et} separates the last two; neither counts inside parentheses or brackets.
 * In the last item only an {@code et} followed by a capital letter separates, because names themselves contain a
 * lower-case {@code et} ({@code Royaume-Uni de Grande-Bretagne et d’Irlande du Nord}). Whitespace runs, line breaks
 * included, become one space; a trailing period is dropped; items are returned as printed otherwise. A name that
 * contains a comma outside parentheses cannot be told from two names and is split. Stateless and thread-safe.
 */
public final class NameLists {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private NameLists() {}

    /** Splits an enumeration into its names, in order; empty items (doubled commas) are skipped. */
    public static List<String> split(CharSequence list) {
        List<String> names = new ArrayList<>();
        if (list == null) {
            return names;
        }
        String s = SPACES.matcher(list).replaceAll(" ").strip();
        while (s.endsWith(".") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        List<String> items = splitOnCommas(s);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            // "A, B, et C": the serial comma leaves the conjunction at the start of the last item.
            if (i == items.size() - 1 && item.startsWith("et ")) {
                item = item.substring(3).strip();
            }
            if (i == items.size() - 1) {
                splitLastPair(item, names);
            } else {
                add(item, names);
            }
        }
        return List.copyOf(names);
    }

    private static List<String> splitOnCommas(String s) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(s.substring(from, i));
                from = i + 1;
            }
        }
        items.add(s.substring(from));
        return items;
    }

    private static void splitLastPair(String item, List<String> names) {
        int depth = 0;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && item.startsWith(" et ", i) && i + 4 < item.length()
                    && Character.isUpperCase(item.codePointAt(i + 4))) {
                add(item.substring(0, i), names);
                add(item.substring(i + 4), names);
                return;
            }
        }
        add(item, names);
    }

    private static void add(String item, List<String> names) {
        String name = item.strip();
        if (!name.isEmpty()) {
            names.add(name);
        }
    }
}
