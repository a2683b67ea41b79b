-- The DER encodings of the trust store (H2: varbinary). See common/V75__pki_trust_store.sql.
alter table pki_csca add column der varbinary not null;
alter table pki_crl add column der varbinary not null;
