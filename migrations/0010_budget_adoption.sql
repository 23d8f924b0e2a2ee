-- A budget is adopted by a decision (issue 12): a § of a held meeting kept in Samverka, or a decision taken
-- elsewhere recorded with its reference and date. Reopening an adopted budget keeps the adoption in the history.

alter table budget add column adoption_reference text;
alter table budget add column adoption_meeting_item_id uuid references agenda_item (id);
alter table budget add column adoption_external boolean;
alter table budget add column adoption_recorded_by_name text;
-- The demo and earlier installations adopted budgets with a date only.
update budget set adoption_reference = '', adoption_external = true, adoption_recorded_by_name = ''
  where status = 'adopted';
alter table budget add constraint budget_adoption_recorded check (
  (status = 'adopted') = (adoption_reference is not null and adoption_external is not null and adoption_recorded_by_name is not null)
);

-- Every adoption and reopening, in order; never changed or removed.
create table budget_event (
  id uuid primary key default gen_random_uuid(),
  -- The order they happened in, even when two carry the same time.
  seq bigint generated always as identity,
  budget_id uuid not null references budget (id),
  kind text not null check (kind in ('adopted', 'reopened')),
  at timestamptz not null default now(),
  by_name text not null,
  -- Adopted: the decision's date, its reference and (for a §) the agenda item.
  decided_on date,
  reference text not null default '',
  meeting_item_id uuid references agenda_item (id),
  external boolean,
  -- Reopened: why.
  reason text not null default '',
  check ((kind = 'adopted') = (decided_on is not null))
);
create index budget_event_budget_idx on budget_event (budget_id, seq);
