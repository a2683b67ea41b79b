-- The border network: reference datasets added by ADR 0024 (visas, e-visas, permits and passes;
-- the ePassport trust store; biometric alerts; the post's own record), versioned at central like
-- those of V82. Seeded at version 0 so that the first change takes the row lock instead of racing
-- to insert it.
insert into syn_dataset (name, version, changed_at) values ('visas', 0, current_timestamp);
insert into syn_dataset (name, version, changed_at) values ('trust-store', 0, current_timestamp);
insert into syn_dataset (name, version, changed_at) values ('biometric-alerts', 0, current_timestamp);
insert into syn_dataset (name, version, changed_at) values ('post', 0, current_timestamp);
