-- Smaller aggregates for the dashboard (issue 5). sta_flow_day and sta_flow_month count every
-- combination of every dimension, so at millions of movements they are nearly as large as the
-- movements themselves. The "set" tables count the same flows by a few dimensions only: each row
-- belongs to one grouping set (set_name, e.g. 'nationality+sex') and holds a real value in that
-- set's columns only; the other key columns hold the placeholder '*', -2 (age) or the nil UUID
-- (post). Monthly sets are every pair of post, nationality, sex, age, purpose, transport mode and
-- refusal reason; daily sets are each of them alone. Direction and decision are in every set.

create table sta_flow_set_month (
  set_name       varchar(40) not null,
  in_month       integer     not null,
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
  constraint sta_flow_set_month_pk primary key (set_name, in_month, post_id, direction, decision, nationality,
    sex, age_from, purpose, transport_mode, refusal_reason)
);

create table sta_flow_set_day (
  set_name       varchar(40) not null,
  on_day         date        not null,
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
  constraint sta_flow_set_day_pk primary key (set_name, on_day, post_id, direction, decision, nationality,
    sex, age_from, purpose, transport_mode, refusal_reason)
);

create table sta_carrier_month (
  in_month       integer     not null,
  post_id        uuid        not null,
  direction      varchar(5)  not null,
  transport_mode varchar(16) not null,
  carrier        varchar(40) not null,
  movements      bigint      not null,
  constraint sta_carrier_month_pk primary key (in_month, post_id, direction, transport_mode, carrier)
);

-- Processing-time histograms by month for the sets 'post', 'desk' (post and desk), 'hour' and
-- 'post+hour'; the placeholders are the nil UUID (post, desk) and -1 (hour).
create table sta_processing_set_month (
  set_name     varchar(40) not null,
  in_month     integer     not null,
  post_id      uuid        not null,
  desk_id      uuid        not null,
  at_hour      integer     not null,
  bucket       integer     not null,
  inspections  bigint      not null,
  total_millis bigint      not null,
  constraint sta_processing_set_month_pk primary key (set_name, in_month, post_id, desk_id, at_hour, bucket)
);
