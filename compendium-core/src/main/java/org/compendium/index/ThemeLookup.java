package org.compendium.index;

import java.util.List;
import org.compendium.model.Citation;

/**
 * The themes of a provision, as the index asks for them: the extension point through which a theme classifier or a
 * theme table fills the {@code theme} field and facet. The default, {@link #NONE}, gives no themes.
 */
@FunctionalInterface
public interface ThemeLookup {
    /** The lookup that knows no themes. */
    ThemeLookup NONE = (citation, text) -> List.of();

    /**
     * The theme codes of a provision, in any order, empty when none.
     *
     * @param citation the provision's citation
     * @param text     its normalised text
     */
    List<String> themes(Citation citation, String text);
}
