-- Compendium store, schema version 15: lineage of agreed language found at ingest (issue 12). Portable SQL (H2 2.x
-- and PostgreSQL 15), like V1.
--
-- lineage_links holds the pairs found when a document was ingested: an earlier provision (ancestor) whose wording a
-- later one (descendant) takes over, with the alignment score they had then. Each end names the stored document that
-- holds it (a citation can be held by several, a recommendation by its report and by a compendium) and goes with it
-- (ON DELETE CASCADE): a document replaced by a re-ingest or removed takes its links away in the same transaction,
-- and its new copy's links are found again. Which links are direct, their type and diff are read from the current
-- texts when shown; editors' decisions (link_decisions, V6) win over what is stored here.
--
-- lineage_documents records the documents whose lineage has been looked for (a document not listed there is
-- pending: stored while the search index could not be used, or by a process that was stopped).
CREATE TABLE lineage_links (
    ancestor_document   BIGINT           NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ancestor            VARCHAR(400)     NOT NULL,
    descendant_document BIGINT           NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    descendant          VARCHAR(400)     NOT NULL,
    score               DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (ancestor_document, ancestor, descendant_document, descendant)
);
CREATE INDEX lineage_links_ancestor_idx ON lineage_links (ancestor);
CREATE INDEX lineage_links_descendant_idx ON lineage_links (descendant);
CREATE INDEX lineage_links_descendant_document_idx ON lineage_links (descendant_document);

CREATE TABLE lineage_documents (
    document_id BIGINT    NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    links       INTEGER   NOT NULL,
    found_at    TIMESTAMP NOT NULL
);
