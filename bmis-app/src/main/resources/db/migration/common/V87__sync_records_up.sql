-- Records up (issue 22, ADR 0025): what a post records besides movements reaches central once.

-- Central: the post a hit came from (null: raised here). Such a hit is read-only at central; the
-- post's supervisors resolve it and the resolution comes up with the post's next batch.
alter table scr_hit add column received_from uuid;

-- Central: the audit entries of each post, with the post's own chain (sequence, previous hash and
-- hash as chained at the post). Kept apart from shr_audit_event: central's chain is not touched.
-- chain_state: LINKED (hash recomputed and equal, previous hash = the hash of the post's entry
-- seq - 1 held here), FIRST (hash recomputed and equal, the entry before it is not held here: the
-- first entry central received) or BROKEN (either check failed).
create table syn_post_audit_event (
  id            uuid primary key,
  post_id       uuid not null,
  -- the post's key at filing: a re-installed post enrols with a new key and starts a new chain
  key_id        varchar(64) not null,
  seq           bigint not null,
  occurred_at   timestamp with time zone not null,
  username      varchar(64),
  post_code     varchar(16),
  desk_code     varchar(16),
  action        varchar(64) not null,
  subject_type  varchar(32),
  subject_id    varchar(64),
  outcome       varchar(16) not null,
  details       varchar(1000),
  previous_hash varchar(64) not null,
  hash          varchar(64) not null,
  chain_state   varchar(8) not null,
  received_at   timestamp with time zone not null,
  constraint syn_post_audit_event_seq unique (post_id, key_id, seq)
);
create index syn_post_audit_event_time on syn_post_audit_event (post_id, occurred_at);

-- Central: a record a post sent that central could not file where it belongs without breaking a
-- rule of its own (a visa number another post already issued offline). Kept whole for an
-- administrator, never dropped; the post's outbox is not blocked by it.
create table syn_held_record (
  kind        varchar(20) not null,
  record_id   uuid not null,
  post_id     uuid not null,
  reason      varchar(200) not null,
  payload     varchar(200000) not null,
  received_at timestamp with time zone not null,
  primary key (kind, record_id)
);
