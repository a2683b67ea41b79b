-- Statistics aggregates (module statistics, prefix sta_). Maintained from MovementRecorded in the
-- recording transaction; rebuildable from mov_movement. Unknown or not-applicable values are '-'
-- (a key column cannot be null); age_from is the lower bound of the five-year age band (-1: unknown).

create table sta_flow_day (
  on_day            date        not null,
  post_id        uuid        not null,
  direction      varchar(5)  not null,
  decision       varchar(24) not null,
  nationality    varchar(3)  not null,
  sex            varchar(1)  not null,
  age_from       integer     not null,
  purpose        varchar(24) not null,
  transport_mode varchar(16) not null,
  refusal_reason varchar(4)  not null,
  movements      bigint      not null,
  constraint sta_flow_day_pk primary key (on_day, post_id, direction, decision, nationality, sex, age_from,
    purpose, transport_mode, refusal_reason)
);

-- The same counts by calendar month (yyyymm, in_month), so that month and year queries read fewer rows.
create table sta_flow_month (
  in_month          integer     not null,
  post_id        uuid        not null,
  direction      varchar(5)  not null,
  decision       varchar(24) not null,
  nationality    varchar(3)  not null,
  sex            varchar(1)  not null,
  age_from       integer     not null,
  purpose        varchar(24) not null,
  transport_mode varchar(16) not null,
  refusal_reason varchar(4)  not null,
  movements      bigint      not null,
  constraint sta_flow_month_pk primary key (in_month, post_id, direction, decision, nationality, sex, age_from,
    purpose, transport_mode, refusal_reason)
);

create table sta_carrier_day (
  on_day            date        not null,
  post_id        uuid        not null,
  direction      varchar(5)  not null,
  transport_mode varchar(16) not null,
  carrier        varchar(40) not null,
  movements      bigint      not null,
  constraint sta_carrier_day_pk primary key (on_day, post_id, direction, transport_mode, carrier)
);

-- Processing-time histogram: inspections by local hour of the decision and duration bucket
-- (bucket b < 120: [b, b+1) seconds; 120..167: [120 + 10(b-120), +10) seconds; 168: 600 s or more).
create table sta_processing (
  on_day          date     not null,
  post_id      uuid     not null,
  desk_id      uuid     not null,
  at_hour         integer  not null,
  bucket       integer  not null,
  inspections  bigint   not null,
  total_millis bigint   not null,
  constraint sta_processing_pk primary key (on_day, post_id, desk_id, at_hour, bucket)
);
