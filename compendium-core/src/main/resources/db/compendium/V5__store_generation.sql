-- Compendium store, schema version 5: the store generation, so that the search index can say which state of the
-- store it reflects. Portable SQL (H2 2.x and PostgreSQL 15), like V1.
--
-- store_state holds one row: the generation, raised by one in the same transaction as every change the search index
-- shows (a document saved or replaced, a theme decision, a theme import). The index writes the generation it reflects
-- into its commit; a lower one at open means the index lags, and store_changes says which documents to re-index.

CREATE TABLE store_state (
    id         INTEGER PRIMARY KEY,
    generation BIGINT  NOT NULL,
    CONSTRAINT store_state_one_row CHECK (id = 1)
);
INSERT INTO store_state (id, generation) VALUES (1, 0);

-- One row per document a generation touched (its source file name and digest: the index replaces by either), or one
-- row with both NULL when the generation may touch every document (a theme import).
CREATE TABLE store_changes (
    generation  BIGINT        NOT NULL,
    source_name VARCHAR(1000),
    sha256      VARCHAR(64)
);
CREATE INDEX store_changes_generation ON store_changes (generation);
