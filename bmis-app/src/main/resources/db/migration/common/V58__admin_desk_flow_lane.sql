-- A desk's flow (which way its travellers cross: ARRIVALS, DEPARTURES or BOTH) proposes the
-- direction at the scan before the traveller's history does; its lane (PASSENGERS, CREW, VEHICLES,
-- DIPLOMATIC) says who queues there (a crew lane marks the travellers it inspects as crew). ADR 0016.
alter table adm_desk add column flow varchar(10) default 'BOTH' not null;
alter table adm_desk add column lane varchar(10) default 'PASSENGERS' not null;
