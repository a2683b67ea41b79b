-- Issue 23: the ePassport trust store. CSCAs (and link certificates) and CRLs, kept as their DER
-- encodings (the certificates are public); the columns beside them serve the listing by country
-- and the staleness warnings. The in-memory index by key identifier is rebuilt from here at start.
create table pki_csca (
  id           uuid primary key,
  fingerprint  char(64)      not null unique,
  key_id       varchar(128),
  subject      varchar(1000) not null,
  country      varchar(3)    not null,
  not_before   timestamp with time zone not null,
  not_after    timestamp with time zone not null,
  source       varchar(20)   not null,
  created_at   timestamp with time zone not null,
  created_by   varchar(64)   not null
);
create index pki_csca_country on pki_csca (country);

create table pki_crl (
  id           uuid primary key,
  fingerprint  char(64)      not null unique,
  issuer       varchar(1000) not null,
  country      varchar(3)    not null,
  this_update  timestamp with time zone not null,
  next_update  timestamp with time zone,
  entries      integer       not null,
  created_at   timestamp with time zone not null,
  created_by   varchar(64)   not null
);
