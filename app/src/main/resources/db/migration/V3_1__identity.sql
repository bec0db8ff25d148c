-- Users, their roles and their jurisdiction (a set of subtrees of the hierarchy).
CREATE TABLE app_user (
    id              bigserial PRIMARY KEY,
    username        text        NOT NULL,
    full_name       text        NOT NULL,
    password_hash   text        NOT NULL,
    enabled         boolean     NOT NULL DEFAULT true,
    failed_logins   int         NOT NULL DEFAULT 0,
    last_failed_at  timestamptz,
    version         int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL
);
CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));

CREATE TABLE user_role (
    user_id bigint NOT NULL REFERENCES app_user (id),
    role    text   NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER',
                                            'COMMUNE_OFFICIAL', 'VILLAGE_REVIEWER', 'AUDITOR')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE user_jurisdiction (
    user_id bigint NOT NULL REFERENCES app_user (id),
    unit_id bigint NOT NULL REFERENCES admin_unit (id),
    PRIMARY KEY (user_id, unit_id)
);
