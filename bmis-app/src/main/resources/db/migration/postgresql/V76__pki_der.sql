-- The DER encodings of the trust store (PostgreSQL: bytea). See common/V75__pki_trust_store.sql.
alter table pki_csca add column der bytea not null;
alter table pki_crl add column der bytea not null;
