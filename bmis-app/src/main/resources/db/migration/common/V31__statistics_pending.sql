-- Movements recorded but not yet counted: written in the recording transaction (a durable
-- outbox), counted in batches by the statistics worker, then deleted.
create table sta_pending (
  movement_id uuid primary key,
  batch_no    bigint
);
create index sta_pending_batch on sta_pending (batch_no);
