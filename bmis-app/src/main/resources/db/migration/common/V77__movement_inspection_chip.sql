-- Issue 23: the chip's verdict at the scan, kept on the inspection so that the decision applies
-- the same blocking conditions (an INVALID chip, DG1 differing from the printed MRZ) and the
-- statistics can count chip outcomes by issuing state. Null: no chip was read.
alter table mov_inspection add column chip_status varchar(20);
alter table mov_inspection add column chip_mrz_matches boolean;
alter table mov_inspection add column chip_country varchar(3);
