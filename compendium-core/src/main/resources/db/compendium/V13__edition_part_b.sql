-- The editor-maintained list of COP resolutions and decisions that concern a working group, and so belong in part B
-- of its compendium beside the documented rule (publish.EditionSubjects: the title names the subject). One row per
-- body and work (the work as Work.toString writes it: `COP res. 13/4`). Portable SQL (H2 2.x and PostgreSQL 15).
CREATE TABLE edition_part_b (
    body      VARCHAR(20)  NOT NULL,
    work      VARCHAR(200) NOT NULL,
    editor    VARCHAR(100) NOT NULL,
    added_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (body, work)
);
