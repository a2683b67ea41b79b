-- Biometric references are never overwritten (issue 20). A new enrolment for a traveller who
-- already has prints is stored beside the current ones as PENDING prints of a change request,
-- which a supervisor of the enrolling post (or headquarters) approves or rejects. Approval makes
-- the new prints current and keeps the old ones as history (superseded); rejection keeps the old
-- ones current and the proposed ones as history. Nothing is deleted by a decision. Face photos
-- (shown beside new photos at inspections) follow the same rule: a photo taken outside an
-- inspection for a traveller who has photos is PENDING until approved (REJECTED ones are kept).
alter table bio_fingerprint add column change_request uuid;
alter table bio_fingerprint add column pending boolean default false not null;
create index bio_fingerprint_change on bio_fingerprint (change_request);
alter table bio_face add column change_request uuid;
alter table bio_face add column status varchar(10) default 'CURRENT' not null;

create table bio_change_request (
  id                  uuid primary key,
  traveller_id        uuid          not null references trv_traveller (id),
  kind                varchar(12)   not null,
  status              varchar(12)   not null,
  reason              varchar(300)  not null,
  positions           varchar(200)  not null,
  requested_at        timestamp with time zone not null,
  requested_post      varchar(16),
  requested_by        varchar(64)   not null,
  reference_post      varchar(16),
  comparison_score    decimal(8, 2),
  comparison_match    boolean       not null,
  comparison_fingers  varchar(400),
  other_traveller_id  uuid,
  other_score         decimal(8, 2),
  decided_at          timestamp with time zone,
  decided_by          varchar(64),
  decided_post        varchar(16),
  decision_note       varchar(300)
);
create index bio_change_request_status on bio_change_request (status, requested_at);
create index bio_change_request_traveller on bio_change_request (traveller_id, status);
