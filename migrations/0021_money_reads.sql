-- Issue 15: indexes that match the finance and planning reads, which look rows up by the year and the budgets they show.

-- A collaboration's budgets of one year (an invoice basis, the budget list of a year).
create index budget_collaboration_year_idx on budget (collaboration_id, year);

-- The usage units of the years whose budgets a read splits.
create index usage_figure_collaboration_year_idx on usage_figure (collaboration_id, year);

-- How many lines and grants use a key version (the key list's "used by"), without reading every line and grant.
create index cost_line_cost_key_idx on cost_line (cost_key_id);
create index external_funding_guarantee_key_idx on external_funding (guarantee_key_id);

-- The project bank's "carried into": the proposals carried from a banked one.
create index proposal_carried_from_idx on proposal (carried_from_id) where carried_from_id is not null;
