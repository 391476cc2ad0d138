-- Projects, people, events, sessions, attendance, activities, targets
CREATE TABLE organisations (
    id {id},
    name TEXT NOT NULL UNIQUE,
    business_id TEXT
);
CREATE TABLE units (
    id {id},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    UNIQUE (organisation_id, name)
);
CREATE TABLE projects (
    id {id},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    implementer_id BIGINT REFERENCES organisations (id),
    authority TEXT,
    start_date TEXT,
    end_date TEXT,
    extended_end TEXT,
    day_minutes INTEGER NOT NULL DEFAULT 360 CHECK (day_minutes BETWEEN 1 AND 1440),
    cap_per_day INTEGER NOT NULL DEFAULT 1 CHECK (cap_per_day IN (0, 1)),
    rounding TEXT NOT NULL DEFAULT 'none' CHECK (rounding IN ('none', 'half_day_down')),
    excluded_kinds TEXT NOT NULL DEFAULT ''
);
CREATE TABLE target_groups (
    id {id},
    project_id BIGINT NOT NULL REFERENCES projects (id),
    name TEXT NOT NULL,
    planned_size INTEGER,
    UNIQUE (project_id, name)
);
CREATE TABLE work_packages (
    id {id},
    project_id BIGINT NOT NULL REFERENCES projects (id),
    name TEXT NOT NULL,
    UNIQUE (project_id, name)
);
CREATE TABLE courses (
    id {id},
    title TEXT NOT NULL UNIQUE,
    default_minutes INTEGER CHECK (default_minutes > 0)
);
CREATE TABLE people (
    id {id},
    employee_id TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    organisation_id BIGINT REFERENCES organisations (id),
    unit_id BIGINT REFERENCES units (id),
    supervisor_id BIGINT REFERENCES people (id),
    gender TEXT CHECK (gender IN ('female', 'male', 'other')),
    birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2999),
    education TEXT CHECK (education IN ('isced_0_2', 'isced_3_4', 'isced_5_8')),
    labour_status TEXT CHECK (labour_status IN ('employed', 'self_employed', 'unemployed',
                                                'long_term_unemployed', 'inactive'))
);
CREATE INDEX people_supervisor ON people (supervisor_id);
CREATE TABLE target_group_members (
    target_group_id BIGINT NOT NULL REFERENCES target_groups (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    PRIMARY KEY (target_group_id, person_id)
);
CREATE INDEX target_group_members_person ON target_group_members (person_id);
CREATE TABLE events (
    id {id},
    code TEXT NOT NULL UNIQUE,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('course', 'workshop', 'seminar', 'coaching', 'wellbeing_day',
                                       'e_learning', 'study_visit', 'other')),
    work_package_id BIGINT REFERENCES work_packages (id),
    course_id BIGINT REFERENCES courses (id),
    provider TEXT,
    mode TEXT CHECK (mode IN ('onsite', 'remote', 'hybrid')),
    cost_cents BIGINT CHECK (cost_cents >= 0),
    place TEXT,
    target_group_id BIGINT REFERENCES target_groups (id)
);
CREATE INDEX events_project ON events (project_id);
CREATE TABLE sessions (
    id {id},
    event_id BIGINT NOT NULL REFERENCES events (id),
    session_date TEXT NOT NULL,
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    break_minutes INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes >= 0),
    CHECK (end_minute > start_minute),
    CHECK (break_minutes < end_minute - start_minute),
    UNIQUE (event_id, session_date, start_minute)
);
CREATE INDEX sessions_date ON sessions (session_date);
CREATE TABLE attendance (
    session_id BIGINT NOT NULL REFERENCES sessions (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    -- ORs rather than IN: SQLite 3.40 builds a temporary b-tree for an IN list on every row
    -- written, half the cost of a large attendance import.
    status TEXT NOT NULL CHECK (status = 'present' OR status = 'partial' OR status = 'absent'
                                OR status = 'excused'),
    minutes INTEGER,
    CHECK ((status = 'partial' AND minutes >= 1) OR (status <> 'partial' AND minutes IS NULL)),
    PRIMARY KEY (session_id, person_id)
){without_rowid};
CREATE INDEX attendance_person ON attendance (person_id);
CREATE TABLE activities (
    id {id},
    person_id BIGINT NOT NULL REFERENCES people (id),
    project_id BIGINT NOT NULL REFERENCES projects (id),
    activity_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'self_study' OR kind = 'coaching' OR kind = 'other'),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    description TEXT,
    UNIQUE (person_id, project_id, activity_date, kind)
);
CREATE INDEX activities_project_date ON activities (project_id, activity_date);
CREATE TABLE targets (
    id {id},
    project_id BIGINT NOT NULL REFERENCES projects (id),
    metric TEXT NOT NULL,
    target_group_id BIGINT REFERENCES target_groups (id),
    planned_hundredths BIGINT NOT NULL CHECK (planned_hundredths >= 0)
);
CREATE UNIQUE INDEX targets_key ON targets (project_id, metric, COALESCE(target_group_id, 0))
