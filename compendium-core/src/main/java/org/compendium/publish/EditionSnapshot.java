package org.compendium.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What an edition held, as recorded when it was published: its entries (reference, citation, a digest of the text)
 * and its index lines (theme, reference, citation) — enough to say later what a new edition added, removed or
 * reworded, without keeping the rendered file.
 */
public record EditionSnapshot(String body, String language, String meetings, String sessions, List<Entry> entries,
                              List<IndexLine> index) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EditionSnapshot {
        entries = List.copyOf(entries);
        index = List.copyOf(index);
    }

    /** One entry of part A or B: its compendium reference, its citation, and the SHA-256 of its text. */
    public record Entry(String reference, String citation, String textSha256) {
    }

    /** One reference of the thematic index under one theme. */
    public record IndexLine(String themeId, String theme, String reference, String citation) {
    }

    /** The snapshot of an edition. */
    /**
     * Records {@code edition} in {@code store} (what {@code publish --changes-since} compares against later) and
     * returns its number: the one way a published edition is recorded, from the command line or the web.
     */
    public static long record(org.compendium.store.DocumentStore store, Edition edition) {
        EditionSnapshot snapshot = of(edition);
        return store.editions().record(snapshot.body(), snapshot.language(), snapshot.meetings(), snapshot.sessions(),
                snapshot.toJson(), java.time.Instant.now());
    }

    public static EditionSnapshot of(Edition e) {
        List<Entry> entries = e.entries().stream().map(x -> new Entry(x.reference(), x.citation().toString(), sha256(x.text()))).toList();
        List<IndexLine> index = new ArrayList<>();
        for (Edition.IndexTheme t : e.index()) {
            for (Edition.IndexRow r : t.rows()) {
                for (Edition.IndexReference ref : r.references()) {
                    index.add(new IndexLine(t.id(), t.label(), ref.reference(), ref.citation().toString()));
                }
            }
        }
        return new EditionSnapshot(e.body().code(), e.language(), e.meetings().toString(), e.sessions().toString(), entries, index);
    }

    /** The snapshot as the store keeps it. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an edition snapshot: " + e.getMessage(), e);
        }
    }

    /** Reads a stored snapshot back. */
    public static EditionSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, EditionSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an edition snapshot: " + e.getOriginalMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
