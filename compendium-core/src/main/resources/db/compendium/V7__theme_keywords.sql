-- Compendium store, schema version 7 (issue 14): per-theme keywords and synonyms that editors write, in any of the
-- six UN languages, which suggestions match like the theme's label (a new topic the index has few examples of is
-- then still found by its own words). Portable SQL (H2 2.x and PostgreSQL 15), like V1.
--
-- No foreign key to themes: a re-import of the published index replaces its themes, and an editor's keywords of a
-- theme outlive that (its id is stable). Each change adds a vocabulary version and an audit row (ThemeStore).
CREATE TABLE theme_keywords (
    theme_id VARCHAR(300) NOT NULL,
    language VARCHAR(20)  NOT NULL,
    keyword  VARCHAR(200) NOT NULL,
    version  INTEGER      NOT NULL REFERENCES theme_versions (version),
    PRIMARY KEY (theme_id, language, keyword)
);
