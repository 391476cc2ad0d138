-- The people the shared server's supervisor logins sign off as
-- `polku-cli server grant USER --role supervisor --person EMPLOYEE_ID` links a login to a
-- person; the server's row security then lets that login add or correct sign-offs only as that
-- person, for the people below them in the reporting chain. Written by whoever grants roles,
-- read by everyone, changed by no Polku role. Empty in an SQLite file, which has no logins.
CREATE TABLE server_logins (
    role_name TEXT PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people (id)
)
