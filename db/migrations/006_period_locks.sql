-- Period locks: the periods a payment application has reported, closed to changes
-- One row per project that was ever locked: the last day locked (NULL once unlocked), why it
-- was last locked or unlocked, by whom and when (UTC). Every lock and unlock also writes an
-- audit row, so the history is in audit_log; this row is the state writes are checked against.
CREATE TABLE period_locks (
    project_id BIGINT PRIMARY KEY REFERENCES projects (id),
    locked_through TEXT,
    reason TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
)
