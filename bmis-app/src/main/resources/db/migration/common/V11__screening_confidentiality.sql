-- A hit keeps the confidentiality of its alert and the alert's reason and issuing agency as they
-- were when it was found, so that what each role may see of it is decided on reading (ADR 0005).
alter table scr_hit add column confidentiality varchar(12) default 'RESTRICTED' not null;
alter table scr_hit add column alert_reason varchar(500);
alter table scr_hit add column issuing_agency varchar(200);
