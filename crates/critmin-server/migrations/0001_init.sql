-- critmin-server schema, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Ids are assigned by the server (one writer at a time), so no AUTOINCREMENT / SERIAL is needed.
-- Times are RFC 3339 UTC text; booleans are 0/1 BIGINT.

CREATE TABLE participants (
    id BIGINT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    country TEXT,
    role TEXT NOT NULL CHECK (role IN ('member', 'coordinator', 'observer')),
    created_at TEXT NOT NULL
);

CREATE TABLE tokens (
    id BIGINT PRIMARY KEY,
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE TABLE declarations (
    id BIGINT NOT NULL,
    version BIGINT NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES participants (id),
    kind TEXT NOT NULL CHECK (kind IN ('stockpile', 'need')),
    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'aggregate', 'public')),
    country TEXT NOT NULL,
    mineral TEXT NOT NULL,
    tonnes DOUBLE PRECISION NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES participants (id),
    PRIMARY KEY (id, version)
);

CREATE TABLE plans (
    id BIGINT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES participants (id),
    request TEXT NOT NULL,
    result TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL
);
