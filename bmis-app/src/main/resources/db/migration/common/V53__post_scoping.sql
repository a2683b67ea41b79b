-- Post scoping (issue 20): the post that holds a hit, and the posts that have seen a traveller.

-- The post whose supervisors see and resolve a hit: the desk's post for desk and fingerprint hits,
-- the post of entry for re-screening hits; it moves to the post where the traveller presents next
-- while the hit is open. Null: headquarters only.
alter table scr_hit add column post_id uuid;
update scr_hit set post_id = (select i.post_id from mov_inspection i where i.id = scr_hit.inspection_id)
  where inspection_id is not null;
update scr_hit set post_id = (select m.post_id from mov_movement m where m.traveller_id = scr_hit.traveller_id
    and m.direction = 'ENTRY' and m.decision = 'ADMITTED' order by m.recorded_at desc fetch first 1 rows only)
  where post_id is null;
create index scr_hit_post on scr_hit (post_id, status, created_at);

-- The posts at which a traveller was presented (or registered): post staff read and search these
-- travellers only.
create table trv_traveller_post (
  traveller_id  uuid not null references trv_traveller (id),
  post_id       uuid not null,
  first_seen_at timestamp with time zone not null,
  primary key (traveller_id, post_id)
);
create index trv_traveller_post_post on trv_traveller_post (post_id, traveller_id);
insert into trv_traveller_post (traveller_id, post_id, first_seen_at)
  select traveller_id, post_id, min(recorded_at) from mov_movement group by traveller_id, post_id;
insert into trv_traveller_post (traveller_id, post_id, first_seen_at)
  select i.traveller_id, i.post_id, min(i.started_at) from mov_inspection i
  where not exists (select 1 from trv_traveller_post s where s.traveller_id = i.traveller_id
    and s.post_id = i.post_id)
  group by i.traveller_id, i.post_id;
insert into trv_traveller_post (traveller_id, post_id, first_seen_at)
  select t.id, p.id, t.created_at from trv_traveller t join adm_border_post p on p.code = t.created_post
  where not exists (select 1 from trv_traveller_post s where s.traveller_id = t.id and s.post_id = p.id);
