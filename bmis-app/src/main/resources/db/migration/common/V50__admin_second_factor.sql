-- Second factor (TOTP, RFC 6238) of a user: the secret (encrypted when a key is set), whether the
-- enrolment was confirmed with a code, and the last time step accepted (a code is never accepted
-- twice). Recovery codes are stored as SHA-256 hashes, each usable once.
create table adm_second_factor (
  user_id      uuid primary key references adm_user (id),
  secret       varchar(200) not null,
  confirmed    boolean      not null default false,
  last_step    bigint       not null default 0,
  created_at   timestamp with time zone not null,
  confirmed_at timestamp with time zone
);

create table adm_recovery_code (
  id         uuid primary key,
  user_id    uuid        not null references adm_user (id),
  code_hash  varchar(64) not null,
  used_at    timestamp with time zone
);

create index adm_recovery_code_user on adm_recovery_code (user_id);
