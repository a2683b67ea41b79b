-- Days beyond the authorised stay, recorded on the admitted exit that closes the stay.
alter table mov_movement add column overstay_days integer;
