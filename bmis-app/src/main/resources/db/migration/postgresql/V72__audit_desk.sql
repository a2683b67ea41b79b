-- The desk the user worked at when an audit entry was written (issue 25: the audit log shows the
-- post and desk); null where not known (headquarters, the system, logins). Part of the chained
-- fields: an entry with a desk is hashed as version 2 of the encoding (AuditChain, ADR 0022).
alter table shr_audit_event add column desk_code varchar(16);

-- Still append-only: chaining an entry (seq and hash set once) may change nothing else, the desk
-- included (V55's function, with desk_code).
create or replace function shr_audit_event_immutable() returns trigger as $$
begin
  if tg_op = 'UPDATE' and old.seq is null and old.hash is null
     and new.seq is not null and new.hash is not null
     and new.id = old.id and new.occurred_at = old.occurred_at
     and new.username is not distinct from old.username
     and new.post_code is not distinct from old.post_code
     and new.desk_code is not distinct from old.desk_code
     and new.action = old.action
     and new.subject_type is not distinct from old.subject_type
     and new.subject_id is not distinct from old.subject_id
     and new.outcome = old.outcome
     and new.details is not distinct from old.details then
    return new;
  end if;
  raise exception 'shr_audit_event is append-only';
end;
$$ language plpgsql;
