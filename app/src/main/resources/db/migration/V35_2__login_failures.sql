-- Failed logins counted in the database rather than in one instance's memory: with several
-- instances behind a balancer, a guesser spreading attempts over them meets the same counts
-- (decision 1811). One row per key: name+address, name, address (the key says which).
CREATE TABLE login_failure (
    key        text        PRIMARY KEY,
    failures   int         NOT NULL CHECK (failures > 0),
    last_at    timestamptz NOT NULL
);
CREATE INDEX login_failure_last_at ON login_failure (last_at);
