-- The border network (ADR 0017): how far a post's clock was off at its last call (post minus
-- central, seconds), as central measured it from the signed call's issue time.
alter table syn_post add column clock_skew_seconds bigint;
