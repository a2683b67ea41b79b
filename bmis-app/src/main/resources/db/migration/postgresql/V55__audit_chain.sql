-- Tamper-evident audit (ADR 0010): every entry carries its place in the chain (seq) and the
-- SHA-256 of its fields and of the previous entry's hash. V56 (AuditChainMigration, Java) chains
-- the entries written before this migration; later entries are chained once committed.
alter table shr_audit_event add column seq bigint;
alter table shr_audit_event add column hash varchar(64);
create unique index shr_audit_event_seq on shr_audit_event (seq);

-- Still append-only; the one update allowed is chaining an entry written before the chain existed
-- (seq and hash set once, nothing else changed), which V56 does. After V56 no entry lacks a seq.
create or replace function shr_audit_event_immutable() returns trigger as $$
begin
  if tg_op = 'UPDATE' and old.seq is null and old.hash is null
     and new.seq is not null and new.hash is not null
     and new.id = old.id and new.occurred_at = old.occurred_at
     and new.username is not distinct from old.username
     and new.post_code is not distinct from old.post_code
     and new.action = old.action
     and new.subject_type is not distinct from old.subject_type
     and new.subject_id is not distinct from old.subject_id
     and new.outcome = old.outcome
     and new.details is not distinct from old.details then
    return new;
  end if;
  raise exception 'shr_audit_event is append-only';
end;
$$ language plpgsql;

-- The head of the chain: one row, locked (select ... for update) by the writer of the next entries.
create table shr_audit_chain_head (
  id   int primary key,
  seq  bigint not null,
  hash varchar(64) not null
);

-- Heads signed with the node's key (also written as files under the data folder).
create table shr_audit_signed_head (
  seq        bigint not null,
  hash       varchar(64) not null,
  signed_at  timestamp with time zone not null,
  algorithm  varchar(16) not null,
  public_key varchar(500) not null,
  signature  varchar(500) not null,
  primary key (seq, signed_at)
);
