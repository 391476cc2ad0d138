-- Competence frameworks and competences, the competences courses build, competence tags
-- A framework and its competences as a Moodle competency framework export has them: text,
-- scales (JSON), rules and cross-references kept as the file wrote them. Description formats
-- are Moodle's: 0 Moodle, 1 HTML, 2 plain, 4 Markdown.
CREATE TABLE competence_frameworks (
    id {id},
    id_number TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL,
    description TEXT,
    description_format INTEGER NOT NULL DEFAULT 1 CHECK (description_format IN (0, 1, 2, 4)),
    scale_values TEXT,
    scale_configuration TEXT,
    taxonomies TEXT
);
-- A parent is a competence of the same framework (the composite key sees to it), or none
-- for the top level. sort_order is the competence's place in the file it came from.
CREATE TABLE competences (
    id {id},
    framework_id BIGINT NOT NULL REFERENCES competence_frameworks (id),
    id_number TEXT NOT NULL,
    parent_id BIGINT,
    short_name TEXT NOT NULL,
    description TEXT,
    description_format INTEGER NOT NULL DEFAULT 1 CHECK (description_format IN (0, 1, 2, 4)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    scale_values TEXT,
    scale_configuration TEXT,
    rule_type TEXT,
    rule_outcome TEXT,
    rule_config TEXT,
    related_id_numbers TEXT,
    export_id TEXT,
    UNIQUE (framework_id, id_number),
    UNIQUE (framework_id, id),
    FOREIGN KEY (framework_id, parent_id) REFERENCES competences (framework_id, id)
);
CREATE INDEX competences_parent ON competences (parent_id);
-- The share of an event's sessions a person must attend for the course to count as
-- attended (domain.md, competence paths): a percentage, all of them unless set.
ALTER TABLE courses ADD COLUMN required_share INTEGER NOT NULL DEFAULT 100
    CHECK (required_share BETWEEN 1 AND 100);
CREATE TABLE course_competences (
    course_id BIGINT NOT NULL REFERENCES courses (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (course_id, competence_id)
){without_rowid};
CREATE INDEX course_competences_competence ON course_competences (competence_id);
CREATE TABLE event_competences (
    event_id BIGINT NOT NULL REFERENCES events (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (event_id, competence_id)
){without_rowid};
CREATE INDEX event_competences_competence ON event_competences (competence_id);
CREATE TABLE activity_competences (
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (activity_id, competence_id)
){without_rowid};
CREATE INDEX activity_competences_competence ON activity_competences (competence_id)
