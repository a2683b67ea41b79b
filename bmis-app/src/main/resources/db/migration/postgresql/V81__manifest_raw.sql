-- The raw bytes of a PAXLST message as received (PostgreSQL: bytea). See common/V80__manifests.sql.
alter table man_message add column raw_bytes bytea;
