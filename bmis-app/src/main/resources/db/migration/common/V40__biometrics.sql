-- Biometrics (module biometrics, prefix bio_). Shared by H2 and PostgreSQL; the encrypted byte
-- columns differ by vendor (H2 varbinary, PostgreSQL bytea) and are added by V41 in the vendor
-- folders. Templates and images are AES-256-GCM encrypted with the record id as associated data.

-- Enrolled fingerprints: one active print per traveller and finger; a recapture supersedes the
-- earlier print (kept until the retention period ends). No names or documents here.
create table bio_fingerprint (
  id               uuid primary key,
  traveller_id     uuid         not null references trv_traveller (id),
  finger_position  integer      not null,
  source           varchar(16)  not null,
  image_format     varchar(8),
  engine_name      varchar(32)  not null,
  engine_version   varchar(32)  not null,
  quality_score    integer,
  quality_verdict  varchar(12),
  minutiae         integer,
  captured_at      timestamp with time zone not null,
  captured_post    varchar(16),
  captured_by      varchar(64)  not null,
  superseded_at    timestamp with time zone
);
create index bio_fingerprint_traveller on bio_fingerprint (traveller_id, superseded_at);
create index bio_fingerprint_captured on bio_fingerprint (captured_at);

-- Fingers recorded as missing at capture, with the reason (amputated, bandaged, unable to print).
create table bio_missing_finger (
  id               uuid primary key,
  traveller_id     uuid         not null references trv_traveller (id),
  finger_position  integer      not null,
  reason           varchar(16)  not null,
  captured_at      timestamp with time zone not null,
  captured_post    varchar(16),
  captured_by      varchar(64)  not null
);
create index bio_missing_finger_traveller on bio_missing_finger (traveller_id);

-- Face photos from the desk camera or a file, with the portrait check outcome.
create table bio_face (
  id               uuid primary key,
  traveller_id     uuid         not null references trv_traveller (id),
  image_format     varchar(8)   not null,
  width            integer      not null,
  height           integer      not null,
  problems         varchar(200),
  captured_at      timestamp with time zone not null,
  captured_post    varchar(16),
  captured_by      varchar(64)  not null
);
create index bio_face_traveller on bio_face (traveller_id, captured_at);

-- Fingerprints attached to person alerts, keyed by the alert's reference (list code and source
-- id as the screening module shows them). Soft-deleted with a reason.
create table bio_alert_fingerprint (
  id               uuid primary key,
  alert_reference  varchar(120) not null,
  list_code        varchar(32)  not null,
  finger_position  integer      not null,
  engine_name      varchar(32)  not null,
  engine_version   varchar(32)  not null,
  created_at       timestamp with time zone not null,
  created_by       varchar(64)  not null,
  deleted_at       timestamp with time zone,
  deleted_by       varchar(64),
  delete_reason    varchar(200)
);
create index bio_alert_fingerprint_reference on bio_alert_fingerprint (alert_reference);

-- Possible duplicate identities: the same fingers enrolled under two travellers, for supervisors.
create table bio_duplicate_case (
  id                  uuid primary key,
  traveller_id        uuid         not null references trv_traveller (id),
  other_traveller_id  uuid         not null references trv_traveller (id),
  score               decimal(8, 2) not null,
  fingers             varchar(200) not null,
  status              varchar(12)  not null,
  detected_at         timestamp with time zone not null,
  detected_post       varchar(16),
  resolved_at         timestamp with time zone,
  resolved_by         varchar(64),
  resolution          varchar(300),
  constraint bio_duplicate_pair unique (traveller_id, other_traveller_id)
);
create index bio_duplicate_case_status on bio_duplicate_case (status, detected_at);
