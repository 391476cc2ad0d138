-- Competence paths: paths, their steps, who is assigned to them, supervisors' sign-offs
-- A path belongs to a project and, optionally, the target group it is meant for. path_id is
-- the code users give it, unique within the project.
CREATE TABLE paths (
    id {id},
    project_id BIGINT NOT NULL REFERENCES projects (id),
    path_id TEXT NOT NULL,
    name TEXT NOT NULL,
    target_group_id BIGINT REFERENCES target_groups (id),
    description TEXT,
    UNIQUE (project_id, path_id)
);
-- One step: a competence with the raw minutes it asks for, a course, or a supervisor's
-- sign-off, and the number orders the steps. The CHECK keeps each kind's fields to itself so a
-- stored step always means one thing.
CREATE TABLE path_steps (
    id {id},
    path_id BIGINT NOT NULL REFERENCES paths (id),
    step_number INTEGER NOT NULL CHECK (step_number >= 1),
    kind TEXT NOT NULL CHECK (kind = 'competence' OR kind = 'course' OR kind = 'signoff'),
    title TEXT,
    competence_id BIGINT REFERENCES competences (id),
    required_minutes INTEGER,
    course_id BIGINT REFERENCES courses (id),
    mandatory INTEGER NOT NULL DEFAULT 1 CHECK (mandatory IN (0, 1)),
    due_offset_days INTEGER CHECK (due_offset_days >= 0),
    CHECK ((kind = 'competence' AND competence_id IS NOT NULL AND required_minutes >= 1
            AND course_id IS NULL)
           OR (kind = 'course' AND course_id IS NOT NULL AND competence_id IS NULL
               AND required_minutes IS NULL)
           OR (kind = 'signoff' AND competence_id IS NULL AND course_id IS NULL
               AND required_minutes IS NULL)),
    UNIQUE (path_id, step_number)
);
CREATE INDEX path_steps_competence ON path_steps (competence_id);
CREATE INDEX path_steps_course ON path_steps (course_id);
CREATE TABLE path_assignments (
    id {id},
    path_id BIGINT NOT NULL REFERENCES paths (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    start_date TEXT NOT NULL,
    due_date TEXT,
    CHECK (due_date IS NULL OR due_date >= start_date),
    UNIQUE (path_id, person_id)
);
CREATE INDEX path_assignments_person ON path_assignments (person_id);
-- A supervisor's word that a person has done a step. One per person and step: a second
-- sign-off of the same step changes nothing the rules read.
CREATE TABLE sign_offs (
    id {id},
    step_id BIGINT NOT NULL REFERENCES path_steps (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    signed_on TEXT NOT NULL,
    signed_by BIGINT NOT NULL REFERENCES people (id),
    note TEXT,
    CHECK (signed_by <> person_id),
    UNIQUE (step_id, person_id)
);
CREATE INDEX sign_offs_person ON sign_offs (person_id)
