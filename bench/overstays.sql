-- Overstay benchmark data (issue 4): 2 M travellers, 10 M movements over 5 years, 5 M authorised
-- stays, 1 M open stays. Run by bench/overstays.sh on a throw-away PostgreSQL cluster after the
-- application's migrations. FK triggers are off during the load (session_replication_role).
set session_replication_role = replica;
insert into adm_border_post (id, code, name, post_type, time_zone, active, created_at)
values ('00000000-0000-7000-8000-00000000b001', 'BENCH', 'Bench post', 'AIR', 'Africa/Lagos', true, now());

insert into trv_traveller (id, primary_identifier, secondary_identifier, name_key, date_of_birth, sex, nationality, created_at)
select md5('t' || i)::uuid, 'T' || i, 'BENCH', 'T' || i || ' BENCH', date '1950-01-01' + (i % 20000),
       case when i % 2 = 0 then 'F' else 'M' end,
       (array['KEN','NGA','GHA','FRA','GBR','CHN','IND','USA','SOM','ETH'])[1 + i % 10], now()
from generate_series(1, 2000000) i;

insert into trv_document (id, traveller_id, document_code, document_number, issuing_state, birth_key, source, first_seen_at)
select md5('d' || i)::uuid, md5('t' || i)::uuid, 'P', 'B' || lpad(i::text, 8, '0'), 'KEN', 'x', 'MRZ', now()
from generate_series(1, 2000000) i;

-- two closed trips per traveller (8 M movements): trip k enters on day (k-1)*700 + i % 600
-- counted from five years ago, stays 1 + i % 40 days
insert into mov_movement (id, traveller_id, document_id, direction, decision, recorded_at, local_date, post_id, officer, nationality, sex)
select md5('m' || i || '-' || k || '-' || dir)::uuid, md5('t' || i)::uuid, md5('d' || i)::uuid,
       dir, 'ADMITTED',
       (current_date - 1825 + (k - 1) * 700 + (i % 600) + case when dir = 'EXIT' then 1 + i % 40 else 0 end)::timestamptz + interval '10 hours',
       current_date - 1825 + (k - 1) * 700 + (i % 600) + case when dir = 'EXIT' then 1 + i % 40 else 0 end,
       '00000000-0000-7000-8000-00000000b001', 'bench',
       (array['KEN','NGA','GHA','FRA','GBR','CHN','IND','USA','SOM','ETH'])[1 + i % 10], 'M'
from generate_series(1, 2000000) i, generate_series(1, 2) k, unnest(array['ENTRY','EXIT']) dir;

-- one open stay for the first million travellers, entered in the last 200 days
insert into mov_movement (id, traveller_id, document_id, direction, decision, recorded_at, local_date, post_id, officer, nationality, sex)
select md5('o' || i)::uuid, md5('t' || i)::uuid, md5('d' || i)::uuid, 'ENTRY', 'ADMITTED',
       (current_date - (i % 200))::timestamptz + interval '11 hours', current_date - (i % 200),
       '00000000-0000-7000-8000-00000000b001', 'bench',
       (array['KEN','NGA','GHA','FRA','GBR','CHN','IND','USA','SOM','ETH'])[1 + i % 10], 'F'
from generate_series(1, 1000000) i;

-- one refused entry for the other million (10 M movements in all)
insert into mov_movement (id, traveller_id, document_id, direction, decision, refusal_reason, recorded_at, local_date, post_id, officer, nationality, sex)
select md5('r' || i)::uuid, md5('t' || i)::uuid, md5('d' || i)::uuid, 'ENTRY', 'REFUSED', 'C',
       (current_date - (i % 300))::timestamptz + interval '12 hours', current_date - (i % 300),
       '00000000-0000-7000-8000-00000000b001', 'bench',
       (array['KEN','NGA','GHA','FRA','GBR','CHN','IND','USA','SOM','ETH'])[1 + i % 10], 'M'
from generate_series(1000001, 2000000) i;

-- an authorised stay for every admitted entry (5 M): 30 or 90 days
insert into vis_authorised_stay (entry_movement_id, traveller_id, entered_at, entry_date, post_id, nationality, authorised_until, basis, recorded_at)
select m.id, m.traveller_id, m.recorded_at, m.local_date, m.post_id, m.nationality,
       m.local_date + case when m.nationality in ('KEN','NGA','GHA') then 90 else 30 end - 1, 'BENCH', now()
from mov_movement m where m.direction = 'ENTRY' and m.decision = 'ADMITTED';
set session_replication_role = origin;
analyze;
