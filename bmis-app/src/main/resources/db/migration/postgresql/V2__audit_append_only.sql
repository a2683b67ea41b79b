-- The audit log is append-only: refuse updates and deletes at the database too.
create function shr_audit_event_immutable() returns trigger as $$
begin
  raise exception 'shr_audit_event is append-only';
end;
$$ language plpgsql;

create trigger shr_audit_event_no_update
  before update or delete on shr_audit_event
  for each row execute function shr_audit_event_immutable();
