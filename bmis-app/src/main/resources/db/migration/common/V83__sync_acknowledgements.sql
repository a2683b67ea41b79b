-- Offline, and honest about it (ADR 0023). Post: a supervisor's acknowledgement that the desks may
-- record decisions although the reference data is older than bmis.sync.block-after (who, why,
-- when, and how old the data was). Central: the version of each dataset every post said it holds
-- at its last pull, for the posts screen.

create table syn_acknowledgement (
  id              uuid primary key,
  acknowledged_by varchar(64) not null,
  reason          varchar(500) not null,
  acknowledged_at timestamp with time zone not null,
  stale_since     timestamp with time zone not null,
  expires_at      timestamp with time zone not null
);
create index syn_acknowledgement_at on syn_acknowledgement (acknowledged_at);

create table syn_post_dataset (
  post_id     uuid not null,
  name        varchar(100) not null,
  version     bigint not null,
  reported_at timestamp with time zone not null,
  primary key (post_id, name)
);
