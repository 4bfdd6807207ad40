-- Compendium store, schema version 6: editors' decisions on found links (issue 12). Portable SQL (H2 2.x and
-- PostgreSQL 15), like V1.
--
-- A found link — lineage (an earlier provision's wording taken over by a later one), delivery (a Secretariat report
-- paragraph reporting on a mandate), reference (a provision's explicit reference resolved to a stored work) — is
-- confirmed or rejected by an editor. Decisions name both ends by citation or target text, never by row id, and have
-- no foreign keys, so that they outlive a re-ingest of either document; confirmed links win over computed ones and
-- rejected ones are no longer shown as found. Each decision is audited in theme_audit, the one audit log.
CREATE TABLE link_decisions (
    link_type  VARCHAR(20)  NOT NULL,
    source     VARCHAR(400) NOT NULL,
    target     VARCHAR(400) NOT NULL,
    verdict    VARCHAR(20)  NOT NULL,
    editor     VARCHAR(100) NOT NULL,
    decided_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (link_type, source, target)
);
CREATE INDEX link_decisions_target_idx ON link_decisions (target);
