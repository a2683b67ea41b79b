-- H2 has no PL/pgSQL triggers; the application only inserts into shr_audit_event
-- (see AuditLog) and an architecture test forbids any other statement on it.
select 1;
