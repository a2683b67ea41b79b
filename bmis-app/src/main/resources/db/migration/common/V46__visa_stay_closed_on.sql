-- The local day of the admitted movement that closed a stay, beside closed_at (V45), so that a
-- traveller's stays are read from this table alone: the desk reads them at every scan and decision
-- of a foreigner, and the old read (a correlated subquery over mov_movement) was planned afresh on
-- PostgreSQL each time. Kept in the recording transaction with closed_at (StayRepository).
-- The visa range (V20-29) cannot hold it: it needs V45's closed_at. Runs on H2 and PostgreSQL.
alter table vis_authorised_stay add column closed_on date;

update vis_authorised_stay s set closed_on = (select min(m.local_date) from mov_movement m
  where m.traveller_id = s.traveller_id and m.decision = 'ADMITTED' and m.recorded_at > s.entered_at)
where s.closed_at is not null;
