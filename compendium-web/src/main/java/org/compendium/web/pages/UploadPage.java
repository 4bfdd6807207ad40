package org.compendium.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.web.api.ApiException;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.catalogue.Uploads;

/**
 * The editors' upload page: {@code GET /upload} shows the form (a PDF, DOCX, text or Markdown file, at most
 * {@link Uploads#MAX_BYTES}); {@code POST /upload} (multipart: {@code file}, {@code csrf}) ingests it as
 * {@code compendium ingest} would and shows its line, {@code OK …} or {@code FAILED …}, escaped like every text on
 * the pages. Visitors are sent to the login form; a post without the session's CSRF token is refused.
 */
public final class UploadPage {
    private final Uploads uploads;
    private final EditorAuth auth;
    private final PageRenderer renderer;

    public UploadPage(Uploads uploads, EditorAuth auth, PageRenderer renderer) {
        this.uploads = uploads;
        this.auth = auth;
        this.renderer = renderer;
    }

    /** {@code GET /upload}: the form, for editors. */
    public void form(Context ctx) {
        if (auth.reader(ctx).isEmpty()) {
            ctx.redirect("/login?next=/upload", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, List.of());
    }

    /** {@code POST /upload}: ingests the file and shows its line. */
    public void upload(Context ctx) throws IOException {
        UploadedFile file;
        try {
            auth.formEditor(ctx);
            file = ctx.uploadedFile("file");
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        } catch (IllegalStateException e) {
            // Jetty refuses a malformed multipart body (a control character in a file name, a part over the limit).
            throw ApiException.badRequest("the upload could not be read: " + e.getMessage(),
                    "rename the file with letters, digits, '.', '_' or '-', and keep it under "
                    + Uploads.MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            throw ApiException.badRequest("no file was sent", "choose a PDF, DOCX, text or Markdown file");
        }
        if (file.size() > Uploads.MAX_BYTES) {
            throw ApiException.badRequest("the file is larger than " + Uploads.MAX_BYTES / (1024 * 1024) + " MB",
                    "split it, or ingest it from the command line");
        }
        Uploads.Outcome outcome;
        try (InputStream in = file.content()) {
            outcome = uploads.ingest(file.filename(), in);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "choose a .pdf, .docx, .txt or .md file");
        }
        ctx.status(outcome.ok() ? 200 : 422);
        render(ctx, outcome.lines());
    }

    private void render(Context ctx, List<String> lines) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", renderer.page(ctx, ""));
        model.put("lines", lines);
        model.put("maxMegabytes", Uploads.MAX_BYTES / (1024 * 1024));
        renderer.render(ctx, "upload.jte", model);
    }
}
