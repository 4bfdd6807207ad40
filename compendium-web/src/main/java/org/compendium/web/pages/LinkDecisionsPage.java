package org.compendium.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.compendium.links.LinkEditing;
import org.compendium.model.Citation;
import org.compendium.store.LinkStore;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.web.api.LinkDecisionsApi;
import org.compendium.web.api.Params;
import org.compendium.web.auth.EditorAuth;

/**
 * Editors settle a found link from the provision page: a form behind the editor login and its CSRF token, like the
 * theme decisions; back to the page it was posted from, with a notice.
 */
public final class LinkDecisionsPage {
    /** The session attribute carrying the notice shown once after a decision. */
    public static final String FLASH = "link-flash";

    private final LinkEditing editing;
    private final EditorAuth auth;
    private final LinkDecisionsApi api;

    public LinkDecisionsPage(LinkEditing editing, EditorAuth auth) {
        this.editing = editing;
        this.auth = auth;
        this.api = new LinkDecisionsApi(editing, auth);
    }

    /** {@code POST /api/provisions/{citation}/links}: see {@link LinkDecisionsApi#decideApi}. */
    public void decideApi(Context ctx) {
        api.decideApi(ctx);
    }

    /**
     * {@code POST /provisions/{citation}/links} (form: csrf, type, target, action; doc and back, or to=mandates): back
     * to the provision page it came from, or to the mandates page.
     */
    public void decidePage(Context ctx) {
        AuthenticatedEditor editor = auth.formEditor(ctx);
        Citation source = Params.citation(ctx.pathParam("citation"));
        LinkStore.Decision d = LinkDecisionsApi.decide(editing, editor, source, ctx.formParam("type"), ctx.formParam("target"), ctx.formParam("action"));
        ctx.sessionAttribute(FLASH, d.verdict().code() + ": " + d.source() + " → " + d.target());
        if ("mandates".equals(ctx.formParam("to"))) {
            // From the mandates page: back to the mandates of the mandate's resolution.
            ctx.redirect(Links.mandates(source.work()) + "#mandates", HttpStatus.SEE_OTHER);
            return;
        }
        String doc = ctx.formParam("doc");
        String back = ctx.formParam("back");
        Citation page = Params.present(back) ? Params.citation(back) : source;
        String to = Params.present(doc) ? Links.provision(page, Params.documentId(doc)) : Links.provision(page);
        ctx.redirect(to + ("reference".equals(ctx.formParam("type")) ? "#references" : "#lineage"), HttpStatus.SEE_OTHER);
    }

}
