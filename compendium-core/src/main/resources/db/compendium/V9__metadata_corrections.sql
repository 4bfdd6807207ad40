-- Editors' corrections of what a document says about itself (symbol, title, dates), kept by source file so that a
-- re-ingest of that file applies them again. Portable SQL (H2 2.x and PostgreSQL 15), like V1. The audit log keeps
-- every change with its before and after.
CREATE TABLE metadata_corrections (
    source_name  VARCHAR(1000) NOT NULL PRIMARY KEY,
    symbol       VARCHAR(200),
    title        TEXT,
    start_date   DATE,
    end_date     DATE,
    editor       VARCHAR(100)  NOT NULL,
    corrected_at TIMESTAMP     NOT NULL
);
