-- Compendium store, schema version 3: editors extend the vocabulary. A theme or label is either imported from a
-- published index ('import': replaced by the next import of its scope) or written by an editor ('editor': kept across
-- imports), so a trafficking-in-persons vocabulary can grow beside the imported smuggling one, and labels in the
-- other UN languages survive a re-import of the French index.
ALTER TABLE themes ADD COLUMN origin VARCHAR(10) DEFAULT 'import' NOT NULL;
ALTER TABLE theme_labels ADD COLUMN origin VARCHAR(10) DEFAULT 'import' NOT NULL;
