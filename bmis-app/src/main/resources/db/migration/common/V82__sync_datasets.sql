-- The border network, down-sync of reference data (ADR 0017). Central: a version per dataset,
-- bumped in the transaction of each change, and the records each version changed (for datasets
-- whose owner keeps no version of its own: users). Post: central's public key (to verify what it
-- signs) and the version it holds of each dataset, with when it last changed and was confirmed.

alter table syn_node add column central_key varchar(2000);

create table syn_dataset (
  name       varchar(100) primary key,
  version    bigint not null,
  changed_at timestamp with time zone not null
);
insert into syn_dataset (name, version, changed_at) values ('users', 0, current_timestamp);
insert into syn_dataset (name, version, changed_at) values ('alert-lists', 0, current_timestamp);
insert into syn_dataset (name, version, changed_at) values ('entry-rules', 0, current_timestamp);
insert into syn_dataset (name, version, changed_at) values ('desks', 0, current_timestamp);

create table syn_dataset_change (
  dataset   varchar(100) not null,
  record_id uuid not null,
  version   bigint not null,
  primary key (dataset, record_id)
);
create index syn_dataset_change_version on syn_dataset_change (dataset, version);

create table syn_dataset_held (
  name       varchar(100) primary key,
  version    bigint not null,
  changed_at timestamp with time zone not null,
  checked_at timestamp with time zone not null
);
