-- A user's credentials version: raised when the password, roles, post or enabled state change.
-- Sessions and API tokens carry the version they were opened with and end when it moves on.
alter table adm_user add column credential_version integer default 0 not null;
alter table adm_api_token add column credential_version integer default 0 not null;
alter table adm_api_token add column revoked_reason varchar(40);
create index adm_api_token_user on adm_api_token (user_id);
