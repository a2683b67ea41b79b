-- ADR 0027: several central processes on one database.
-- ShedLock's table: a scheduled job runs in the process holding its row's lease.
create table shedlock (
  name varchar(64) not null primary key,
  lock_until timestamp not null,
  locked_at timestamp not null,
  locked_by varchar(255) not null
);

-- One row per node-local cache: a change bumps its version in the changing transaction; every
-- process polls the versions and forgets its copy when one moved.
create table shr_node_change (
  topic varchar(64) not null primary key,
  version bigint not null
);
insert into shr_node_change (topic, version) values ('admin.accounts', 0);
insert into shr_node_change (topic, version) values ('admin.posts', 0);
insert into shr_node_change (topic, version) values ('pki.trust-store', 0);
insert into shr_node_change (topic, version) values ('visa.entry-rules', 0);
