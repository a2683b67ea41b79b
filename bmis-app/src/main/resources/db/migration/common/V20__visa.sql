-- Visas, permits and length of stay (module visa, prefix vis_). Shared by H2 and PostgreSQL.

-- Entry policy by nationality, versioned: a new version of the same (nationality, document
-- category, purpose) ends the previous one the day before it starts. Never deleted.
create table vis_entry_rule (
  id                uuid primary key,
  nationality       varchar(3)   not null,
  document_category varchar(16),
  purpose           varchar(24),
  policy            varchar(16)  not null,
  max_days          integer,
  period_days       integer,
  days_granted      integer,
  fee               decimal(12, 2),
  currency          varchar(3),
  rule_text         varchar(500) not null,
  valid_from        date         not null,
  valid_until       date,
  version           integer      not null,
  created_at        timestamp with time zone not null,
  created_by        varchar(64)  not null
);
create index vis_entry_rule_nationality on vis_entry_rule (nationality, valid_from);

create table vis_visa (
  id                   uuid primary key,
  visa_number          varchar(9)   not null unique,
  visa_type            varchar(16)  not null,
  source               varchar(12)  not null,
  primary_identifier   varchar(100) not null,
  secondary_identifier varchar(100) not null,
  date_of_birth        date         not null,
  sex                  varchar(1)   not null,
  nationality          varchar(3)   not null,
  document_number      varchar(24)  not null,
  issuing_place        varchar(80)  not null,
  valid_from           date         not null,
  valid_until          date         not null,
  entries_allowed      integer,
  entries_used         integer      not null,
  duration_days        integer      not null,
  fee                  decimal(12, 2),
  currency             varchar(3),
  fee_receipt          varchar(40),
  traveller_id         uuid,
  created_at           timestamp with time zone not null,
  created_by           varchar(64)  not null
);
create index vis_visa_holder on vis_visa (document_number, date_of_birth);
create index vis_visa_traveller on vis_visa (traveller_id);

-- Work and residence permits, and extensions of stay.
create table vis_permit (
  id              uuid primary key,
  permit_number   varchar(30)  not null unique,
  kind            varchar(12)  not null,
  traveller_id    uuid,
  holder_name     varchar(200) not null,
  nationality     varchar(3)   not null,
  document_number varchar(24)  not null,
  date_of_birth   date         not null,
  valid_from      date         not null,
  valid_until     date         not null,
  remarks         varchar(200),
  created_at      timestamp with time zone not null,
  created_by      varchar(64)  not null
);
create index vis_permit_holder on vis_permit (document_number, date_of_birth);
create index vis_permit_traveller on vis_permit (traveller_id);

-- Shore passes (seafarers: vessel, port) and border passes (residents of border areas: zone).
create table vis_pass (
  id              uuid primary key,
  pass_number     varchar(30)  not null unique,
  kind            varchar(8)   not null,
  traveller_id    uuid,
  holder_name     varchar(200) not null,
  nationality     varchar(3)   not null,
  document_number varchar(24)  not null,
  date_of_birth   date         not null,
  vessel          varchar(80),
  port            varchar(80),
  zone            varchar(120),
  max_days        integer      not null,
  valid_from      date         not null,
  valid_until     date         not null,
  created_at      timestamp with time zone not null,
  created_by      varchar(64)  not null
);
create index vis_pass_holder on vis_pass (document_number, date_of_birth);
create index vis_pass_traveller on vis_pass (traveller_id);

-- A minor registered with the adult accompanying them.
create table vis_guardian (
  id                 uuid primary key,
  child_traveller_id uuid        not null references trv_traveller (id),
  adult_traveller_id uuid        not null references trv_traveller (id),
  relationship       varchar(24) not null,
  created_at         timestamp with time zone not null,
  created_by         varchar(64) not null,
  constraint vis_guardian_pair unique (child_traveller_id, adult_traveller_id)
);

-- The authorised stay of each admitted entry (keyed by the entry movement). The stay is closed by
-- any later admitted movement of the traveller (read from mov_movement).
create table vis_authorised_stay (
  entry_movement_id uuid primary key,
  traveller_id      uuid         not null,
  entered_at        timestamp with time zone not null,
  entry_date        date         not null,
  post_id           uuid,
  nationality       varchar(3),
  authorised_until  date         not null,
  basis             varchar(200) not null,
  visa_id           uuid,
  recorded_at       timestamp with time zone not null
);
create index vis_authorised_stay_until on vis_authorised_stay (authorised_until, traveller_id, entered_at);
create index vis_authorised_stay_traveller on vis_authorised_stay (traveller_id, entered_at);
