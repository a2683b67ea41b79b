-- The desk the user worked at when an audit entry was written (issue 25: the audit log shows the
-- post and desk); null where not known (headquarters, the system, logins). Part of the chained
-- fields: an entry with a desk is hashed as version 2 of the encoding (AuditChain, ADR 0022).
alter table shr_audit_event add column desk_code varchar(16);
