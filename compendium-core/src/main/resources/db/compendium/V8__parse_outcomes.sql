-- What the parser understood of each document (issue 10): the two coverage figures — non-whitespace characters inside
-- provisions, and those set aside as headings, footnotes, page furniture and front matter — and its warnings (a JSON
-- array of strings: a type or structure not recognised, a body largely outside provisions). A document stored
-- before this version has NULL figures and no warnings until it is ingested again. Portable SQL (H2 2.x and
-- PostgreSQL 15), like V1.
ALTER TABLE documents ADD COLUMN coverage_in_provisions BIGINT;
ALTER TABLE documents ADD COLUMN coverage_set_aside BIGINT;
ALTER TABLE documents ADD COLUMN parse_warnings TEXT;
