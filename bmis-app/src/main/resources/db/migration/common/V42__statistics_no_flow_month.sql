-- Flows of every dimension by month are summed from sta_flow_day when asked (whole months of a
-- question beyond the grouping sets; closed months from the in-memory month cube). At millions of
-- movements sta_flow_month was only a fifth smaller than the daily table, and writing it was a
-- quarter of the rows of a rebuild and an upsert per batch of movements (ADR 0004).
drop table sta_flow_month;
