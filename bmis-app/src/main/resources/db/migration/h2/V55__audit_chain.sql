-- Tamper-evident audit (ADR 0010): every entry carries its place in the chain (seq) and the
-- SHA-256 of its fields and of the previous entry's hash. V56 (AuditChainMigration, Java) chains
-- the entries written before this migration; later entries are chained once committed.
alter table shr_audit_event add column seq bigint;
alter table shr_audit_event add column hash varchar(64);
create unique index shr_audit_event_seq on shr_audit_event (seq);

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
