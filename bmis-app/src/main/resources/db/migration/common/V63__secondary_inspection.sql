-- Issue 21: the desk decides right. Blocking conditions, overrides and secondary inspection.

-- The inspection keeps what was read (the MRZ, or the keyed-in document as JSON): the traveller and
-- the document are written at the decision, never at the scan (a cancelled scan leaves nothing), and
-- the decision is checked against the same reading. Its blocking conditions as proposed at the scan.
alter table mov_inspection add column mrz varchar(400);
alter table mov_inspection add column manual_document varchar(2000);
alter table mov_inspection add column blocking varchar(500);
alter table mov_inspection add column secondary_case_id uuid;

-- (The movement's override and secondary case columns: V63_1, per database: H2 cannot alter a
-- table a synonym names, so the read model's synonym is dropped and made again around it.)

-- The roles that may override blocking conditions at a post (comma-separated role names).
alter table adm_border_post add column override_roles varchar(100) default 'SUPERVISOR' not null;

-- A referral to secondary inspection: opened by the primary officer, worked by secondary officers or
-- supervisors, closed with one outcome that records exactly one movement (or none: handed over,
-- withdrawn).
create table mov_secondary_case (
  id                 uuid primary key,
  post_id            uuid          not null references adm_border_post (id),
  inspection_id      uuid          not null unique references mov_inspection (id),
  traveller_id       uuid          not null,
  document_id        uuid          not null,
  direction          varchar(5)    not null,
  desk_id            uuid,
  referred_by        varchar(64)   not null,
  referred_at        timestamp with time zone not null,
  reasons            varchar(2000) not null,
  status             varchar(12)   not null,
  taken_by           varchar(64),
  taken_at           timestamp with time zone,
  examination        varchar(24),
  outcome            varchar(24),
  refusal_reason     varchar(1),
  authorised_until   date,
  outcome_remarks    varchar(1000),
  movement_id        uuid,
  closed_by          varchar(64),
  closed_at          timestamp with time zone,
  minutes_in_secondary integer
);
create index mov_secondary_case_open on mov_secondary_case (post_id, status, referred_at);
create index mov_secondary_case_closed on mov_secondary_case (closed_at);

create table mov_secondary_note (
  id         uuid primary key,
  case_id    uuid          not null references mov_secondary_case (id),
  author     varchar(64)   not null,
  written_at timestamp with time zone not null,
  text       varchar(2000) not null
);
create index mov_secondary_note_case on mov_secondary_note (case_id, written_at);


-- A hit found at a desk says which officer scanned the traveller, and at which desk.
alter table scr_hit add column officer varchar(64);
alter table scr_hit add column desk_id uuid;
