-- The figures sent to the funder, kept as they were sent
-- A monitoring report stored when it was written with --snapshot: its arguments (project,
-- period as asked, NULL for the default), its JSON and that JSON's SHA-256. `snapshots verify`
-- writes the same report again and compares.
CREATE TABLE report_snapshots (
    id {id},
    taken_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    report TEXT NOT NULL CHECK (report = 'monitoring'),
    project_code TEXT NOT NULL,
    period_from TEXT,
    period_to TEXT,
    figures TEXT NOT NULL,
    sha256 TEXT NOT NULL
)
