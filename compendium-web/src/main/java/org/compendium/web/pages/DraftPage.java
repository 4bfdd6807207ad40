package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.compendium.links.DraftingAssistant;
import org.compendium.links.DraftingAssistant.DraftAnswer;
import org.compendium.web.api.Params;
import org.compendium.web.catalogue.Drafting;

/**
 * The drafting page: a textarea posted as a plain form (no script needed), answered with the closest adopted
 * provisions and each one's changes marked with {@code <del>} and {@code <ins>}. Posting a draft changes nothing, so
 * it needs no editor and no CSRF token.
 */
public final class DraftPage {
    /** How many provisions the page shows unless asked otherwise. */
    static final int DEFAULT_LIMIT = 5;
    private final Drafting drafting;
    private final PageRenderer renderer;

    public DraftPage(Drafting drafting, PageRenderer renderer) {
        this.drafting = drafting;
        this.renderer = renderer;
    }

    /** {@code GET /draft}: the empty form. */
    public void form(Context ctx) {
        render(ctx, 200, new DraftView("", DEFAULT_LIMIT, null, null, false));
    }

    /** {@code POST /draft} with the form fields {@code text} and {@code limit}: the form again, with the answer. */
    public void draft(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        Integer asked;
        try {
            asked = Params.number("limit", ctx.formParam("limit"));
        } catch (RuntimeException e) {
            asked = null;
        }
        int limit = asked == null ? DEFAULT_LIMIT : Math.max(1, Math.min(asked, DraftingAssistant.MAX_LIMIT));
        try {
            Optional<DraftAnswer> answer = drafting.closest(text, limit);
            render(ctx, 200, new DraftView(text, limit, answer.orElse(null), null, answer.isEmpty()));
        } catch (IllegalArgumentException e) {
            render(ctx, 400, new DraftView(text, limit, null, e.getMessage(), false));
        }
    }

    private void render(Context ctx, int status, DraftView view) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", renderer.page(ctx, ""));
        model.put("view", view);
        renderer.render(ctx, status, "draft.jte", model);
    }

    /**
     * What the drafting page shows.
     *
     * @param text        the draft as posted (empty before the first post)
     * @param limit       how many provisions were asked for
     * @param answer      the answer, or null (before a post, on an error, or without an index)
     * @param error       why the draft was refused, or null
     * @param unavailable whether there is no search index
     */
    public record DraftView(String text, int limit, DraftAnswer answer, String error, boolean unavailable) {
    }
}
