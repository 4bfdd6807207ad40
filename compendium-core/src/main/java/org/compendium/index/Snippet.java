package org.compendium.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The best passages of a provision's text for a query, as fragments in order; passages that do not touch are
 * separated by a plain {@value #GAP} fragment.
 *
 * @param fragments the pieces, in reading order
 */
public record Snippet(List<Fragment> fragments) {
    /** The plain fragment put between two passages that are not contiguous in the text. */
    public static final String GAP = " … ";

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    /** The snippet of a whole text, nothing highlighted. */
    public static Snippet plain(String text) {
        return new Snippet(List.of(new Fragment(text, false)));
    }

    /** The text of the snippet without highlighting. */
    public String text() {
        return fragments.stream().map(Fragment::text).collect(Collectors.joining());
    }

    /** The highlighted pieces, in order. */
    public List<String> highlights() {
        return fragments.stream().filter(Fragment::highlighted).map(Fragment::text).toList();
    }
}
