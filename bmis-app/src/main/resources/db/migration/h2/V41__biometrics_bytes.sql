-- Encrypted templates and images (H2: varbinary). See common/V40__biometrics.sql.
alter table bio_fingerprint add column template_data varbinary;
alter table bio_fingerprint add column image_data varbinary;
alter table bio_face add column image_data varbinary;
alter table bio_alert_fingerprint add column template_data varbinary;
