-- Encrypted templates and images (PostgreSQL: bytea). See common/V40__biometrics.sql.
alter table bio_fingerprint add column template_data bytea;
alter table bio_fingerprint add column image_data bytea;
alter table bio_face add column image_data bytea;
alter table bio_alert_fingerprint add column template_data bytea;
