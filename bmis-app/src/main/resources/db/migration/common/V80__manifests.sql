-- Advance passenger information (issue 24, ADR 0019): the post's location code, the messages as
-- received (raw bytes in V81, per database), the flights they announce and the persons listed.
alter table adm_border_post add column location_code varchar(5);
create index adm_border_post_location on adm_border_post (location_code);

create table man_message (
  id                uuid primary key,
  received_at       timestamp with time zone not null,
  source            varchar(16)   not null,
  submitted_by      varchar(64),
  byte_count        integer       not null,
  status            varchar(16)   not null,
  reasons           varchar(4000),
  cleaned           varchar(4000),
  quality_notes     varchar(4000),
  version           varchar(8),
  list_type         varchar(12),
  sender            varchar(64),
  carrier           varchar(4),
  flight_number     varchar(8),
  departure         varchar(5),
  arrival           varchar(5),
  scheduled_departure timestamp with time zone,
  scheduled_arrival timestamp with time zone,
  post_id           uuid references adm_border_post (id),
  flight_id         uuid,
  part_reference    varchar(35),
  part_number       integer,
  part_last         boolean,
  passengers        integer       not null default 0,
  crew              integer       not null default 0,
  missing_documents integer       not null default 0,
  invalid_dates     integer       not null default 0,
  late              boolean       not null default false,
  processed_at      timestamp with time zone
);
create index man_message_received on man_message (received_at);
create index man_message_flight on man_message (flight_id);

create table man_flight (
  id                  uuid primary key,
  post_id             uuid          not null references adm_border_post (id),
  carrier             varchar(4)    not null,
  flight_number       varchar(8)    not null,
  departure           varchar(5)    not null,
  arrival             varchar(5)    not null,
  inbound             boolean       not null,
  scheduled_departure timestamp with time zone,
  scheduled_arrival   timestamp with time zone,
  local_date          date          not null,
  created_at          timestamp with time zone not null,
  constraint man_flight_key unique (post_id, carrier, flight_number, local_date, inbound)
);
create index man_flight_post_day on man_flight (post_id, local_date);
create index man_flight_arrival on man_flight (scheduled_arrival);

create table man_person (
  id              uuid primary key,
  flight_id       uuid          not null references man_flight (id),
  message_id      uuid          not null references man_message (id),
  part_reference  varchar(35),
  part_number     integer,
  role            varchar(10)   not null,
  surname         varchar(100)  not null,
  given_names     varchar(200),
  sex             varchar(1),
  birth_date      date,
  nationality     varchar(3),
  document_type   varchar(3),
  document_number varchar(35),
  issuing_state   varchar(3),
  document_expiry date,
  seat            varchar(8),
  hits            integer       not null default 0,
  blocking        boolean       not null default false,
  screened_at     timestamp with time zone,
  inspected_at    timestamp with time zone,
  inspection_id   uuid
);
create index man_person_flight on man_person (flight_id);
create index man_person_document on man_person (document_number, issuing_state);

-- Inspections at a post that expects manifests, of travellers on none (go-shows).
create table man_go_show (
  id            uuid primary key,
  post_id       uuid          not null references adm_border_post (id),
  flight_id     uuid references man_flight (id),
  inspection_id uuid          not null,
  inspected_at  timestamp with time zone not null
);
create index man_go_show_flight on man_go_show (flight_id);

-- Pre-arrival hits join the supervisor's queue with the flight, seat and expected arrival.
alter table scr_hit add column flight varchar(16);
alter table scr_hit add column seat varchar(8);
alter table scr_hit add column expected_arrival timestamp with time zone;
alter table scr_hit add column subject_name varchar(300);
