package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.links.MandateDelivery;
import org.compendium.model.Work;
import org.compendium.web.api.LinksApi;
import org.compendium.web.catalogue.ProvisionLinks;

/** The page of a resolution's mandates: each task, who it is given to, and what the Secretariat reported of it. */
public final class MandatesPage {
    private final ProvisionLinks links;
    private final PageRenderer renderer;

    public MandatesPage(ProvisionLinks links, PageRenderer renderer) {
        this.links = links;
        this.renderer = renderer;
    }

    /** {@code GET /mandates/{work}} ({@code /mandates/cop-res-11-5}). */
    public void mandates(Context ctx) {
        Work.CopInstrument resolution = LinksApi.resolution(ctx.pathParam("work"));
        List<MandateDelivery.Delivery> found = LinksApi.mandates(links, resolution);
        Map<String, Object> model = new LinkedHashMap<>();
        Page page = renderer.page(ctx, "");
        model.put("page", page);
        model.put("resolution", resolution.toString());
        model.put("deliveries", found);
        model.put("flash", page.isEditor() ? ctx.consumeSessionAttribute(LinkDecisionsPage.FLASH) : null);
        renderer.render(ctx, "mandates.jte", model);
    }
}
