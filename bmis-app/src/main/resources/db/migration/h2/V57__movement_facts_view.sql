-- The movement module's published read model (ADR 0012): what visa, screening and statistics may
-- read of the movements, by name. Only the movement module names mov_movement; the others read
-- mov_movement_facts. On PostgreSQL it is a view with the published columns only (MovementFacts).
-- On H2 it is a synonym: H2 2.4 runs a view's query apart and keeps its rows (a month of a
-- statistics rebuild written to a temporary result, min(local_date) over all rows instead of an
-- index lookup), while a synonym is resolved to the table when a statement is parsed, so plans
-- are the table's. The columns the others may use are the view's; the PostgreSQL contract tests
-- fail for a consumer that reads any other.
create synonym mov_movement_facts for mov_movement;
