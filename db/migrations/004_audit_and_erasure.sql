-- The audit trail, and what an erasure keeps of a person for reports already sent
-- One row per change: when (UTC), who (the OS user on SQLite, the role on the server), what
-- was done to which record. key, old_values and new_values are JSON objects of named values
-- (text the person reads: event ids, employee ids, dates). An import is one row (file, hash,
-- counts) plus a row per record it changed. person_id and project_id say whom and which
-- project the row is about, for the report's filters and for an erasure's scrubbing; they
-- are not foreign keys, so the trail outlives the rows it describes.
CREATE TABLE audit_log (
    id {id},
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'
                                OR action = 'import' OR action = 'erase'),
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,
    old_values TEXT,
    new_values TEXT,
    person_id BIGINT,
    project_id BIGINT
);
CREATE INDEX audit_log_changed_at ON audit_log (changed_at);
CREATE INDEX audit_log_person ON audit_log (person_id);
CREATE INDEX audit_log_project ON audit_log (project_id);
-- An erased person: the row in people stays (every attendance and activity still counts),
-- its identifying fields replaced by a pseudonym.
CREATE TABLE erasures (
    person_id BIGINT PRIMARY KEY REFERENCES people (id),
    erased_at TEXT NOT NULL,
    erased_by TEXT NOT NULL
);
-- The ESF age band a person had at their start in each project, taken before the birth year
-- is erased: the only report input an erasure removes. NULL when the birth year was not given.
CREATE TABLE erased_age_bands (
    person_id BIGINT NOT NULL REFERENCES people (id),
    project_id BIGINT NOT NULL REFERENCES projects (id),
    age_band TEXT CHECK (age_band = 'under_25' OR age_band = '25_54' OR age_band = '55_over'),
    PRIMARY KEY (person_id, project_id)
);
