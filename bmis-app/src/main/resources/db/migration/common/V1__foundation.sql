-- OpenBMIS foundation schema. Shared by H2 and PostgreSQL: keep to the common SQL subset.
-- Tables carry their module's prefix: adm_ (admin), trv_ (traveller), mov_ (movement), shr_ (shared).

create table adm_border_post (
  id                uuid primary key,
  code              varchar(16)  not null unique,
  name              varchar(120) not null,
  post_type         varchar(8)   not null,
  neighbour_country varchar(3),
  time_zone         varchar(64)  not null,
  active            boolean      not null default true,
  created_at        timestamp with time zone not null
);

create table adm_desk (
  id         uuid primary key,
  post_id    uuid        not null references adm_border_post (id),
  code       varchar(16) not null,
  name       varchar(80) not null,
  active     boolean     not null default true,
  created_at timestamp with time zone not null,
  constraint adm_desk_code unique (post_id, code)
);

create table adm_user (
  id                   uuid primary key,
  username             varchar(64)  not null unique,
  full_name            varchar(120) not null,
  password_hash        varchar(200) not null,
  roles                varchar(100) not null,
  post_id              uuid references adm_border_post (id),
  desk_id              uuid references adm_desk (id),
  enabled              boolean      not null default true,
  must_change_password boolean      not null default false,
  created_at           timestamp with time zone not null,
  password_changed_at  timestamp with time zone
);

create table adm_api_token (
  id         uuid primary key,
  user_id    uuid        not null references adm_user (id),
  name       varchar(80) not null,
  token_hash varchar(64) not null unique,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone,
  revoked_at timestamp with time zone
);

create table shr_audit_event (
  id           uuid primary key,
  occurred_at  timestamp with time zone not null,
  username     varchar(64),
  post_code    varchar(16),
  action       varchar(64) not null,
  subject_type varchar(32),
  subject_id   varchar(64),
  outcome      varchar(16) not null,
  details      varchar(1000)
);
create index shr_audit_event_time on shr_audit_event (occurred_at);
create index shr_audit_event_subject on shr_audit_event (subject_id);
create index shr_audit_event_user on shr_audit_event (username, occurred_at);

create table trv_traveller (
  id                    uuid primary key,
  primary_identifier    varchar(100) not null,
  secondary_identifier  varchar(100) not null,
  name_key              varchar(220) not null,
  date_of_birth         date,
  sex                   varchar(1)   not null,
  nationality           varchar(3),
  created_at            timestamp with time zone not null,
  created_post          varchar(16)
);
create index trv_traveller_name_key on trv_traveller (name_key);

create table trv_document (
  id             uuid primary key,
  traveller_id   uuid        not null references trv_traveller (id),
  document_code  varchar(2)  not null,
  document_number varchar(24) not null,
  issuing_state  varchar(3)  not null,
  birth_key      varchar(10) not null,
  date_of_expiry date,
  source         varchar(8)  not null,
  first_seen_at  timestamp with time zone not null,
  constraint trv_document_identity unique (document_number, issuing_state, birth_key)
);
create index trv_document_traveller on trv_document (traveller_id);
create index trv_document_number on trv_document (document_number);

create table mov_inspection (
  id                 uuid primary key,
  post_id            uuid        not null references adm_border_post (id),
  desk_id            uuid references adm_desk (id),
  officer            varchar(64) not null,
  traveller_id       uuid        not null references trv_traveller (id),
  document_id        uuid        not null references trv_document (id),
  proposed_direction varchar(5)  not null,
  document_valid     boolean     not null,
  warnings           varchar(2000),
  started_at         timestamp with time zone not null,
  decided_at         timestamp with time zone,
  movement_id        uuid
);

-- Movements are append-only facts written at posts.
create table mov_movement (
  id                 uuid primary key,
  inspection_id      uuid unique references mov_inspection (id),
  traveller_id       uuid        not null references trv_traveller (id),
  document_id        uuid        not null references trv_document (id),
  direction          varchar(5)  not null,
  decision           varchar(24) not null,
  refusal_reason     varchar(4),
  recorded_at        timestamp with time zone not null,
  local_date         date        not null,
  post_id            uuid        not null references adm_border_post (id),
  desk_id            uuid references adm_desk (id),
  officer            varchar(64) not null,
  purpose            varchar(24),
  transport_mode     varchar(16),
  carrier            varchar(40),
  address_in_country varchar(300),
  remarks            varchar(1000),
  inspection_millis  bigint,
  entry_movement_id  uuid,
  stay_days          integer,
  nationality        varchar(3),
  sex                varchar(1),
  birth_year         integer
);
create index mov_movement_traveller on mov_movement (traveller_id, recorded_at);
create index mov_movement_post_day on mov_movement (post_id, local_date);
create index mov_movement_day on mov_movement (local_date);
