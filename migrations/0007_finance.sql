-- Money (issue 6): versioned cost keys, usage figures, index series, budgets with cost lines and actual
-- costs, external funding with a guarantee key, hourly rates and in-kind contributions. All amounts are
-- integer öre (bigint); the splits themselves are computed, never stored, so they always follow the rules.

-- A municipality's or the collaboration's finance officer (ekonom) reads the money and records actual costs.
alter table role_assignment drop constraint role_assignment_role_check;
alter table role_assignment add constraint role_assignment_role_check check (role in ('coordinator',
  'member_representative', 'body_member', 'secretary', 'project_manager', 'management_lead', 'auditor', 'viewer',
  'finance_officer'));

-- One row per version; a version never changes once saved. Lines of draft budgets follow a key's newest version.
create table cost_key (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  lineage_id uuid not null,
  version_no integer not null,
  name text not null,
  description text not null default '',
  kind text not null check (kind in ('equal', 'population', 'price', 'units', 'weights')),
  -- The population year the key names (population and price keys).
  population_year integer,
  -- What a usage key counts: e-tjänster, licenser, användare.
  unit_name text not null default '',
  -- A price key: a fixed fee per member plus an amount per inhabitant (48 = 0,48 kr; fractions of an öre allowed).
  fixed_fee_ore bigint check (fixed_fee_ore >= 0),
  per_inhabitant_ore numeric(12, 3) check (per_inhabitant_ore >= 0),
  weights jsonb not null default '[]',
  exempt jsonb not null default '[]',
  fixed_amounts jsonb not null default '[]',
  minimum_ore bigint check (minimum_ore >= 0),
  maximum_ore bigint check (maximum_ore >= 0),
  created_at timestamptz not null default now(),
  created_by_name text not null,
  unique (lineage_id, version_no),
  check (kind not in ('population', 'price') or population_year is not null),
  check (kind <> 'price' or (fixed_fee_ore is not null and per_inhabitant_ore is not null))
);
create index cost_key_collaboration_idx on cost_key (collaboration_id);

-- Usage units per member and year for a usage key (all versions of the key share them).
create table usage_figure (
  collaboration_id uuid not null references collaboration (id),
  cost_key_lineage_id uuid not null,
  member_id uuid not null references member (id),
  year integer not null,
  units integer not null check (units >= 0),
  updated_by_name text not null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (cost_key_lineage_id, member_id, year)
);

-- An index series (e.g. AKI) per collaboration and year, for the yearly uplift of base fees.
create table index_value (
  collaboration_id uuid not null references collaboration (id),
  series text not null,
  year integer not null,
  value numeric(10, 3) not null check (value > 0),
  primary key (collaboration_id, series, year)
);

-- A budget for the collaboration (initiative_id null) or for one initiative, per year.
create table budget (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  initiative_id uuid references initiative (id),
  year integer not null check (year between 2000 and 2100),
  status text not null default 'draft' check (status in ('draft', 'adopted')),
  adopted_on date,
  note text not null default '',
  version integer not null default 1,
  check ((status = 'adopted') = (adopted_on is not null))
);
create unique index budget_scope_year_key
  on budget (collaboration_id, coalesce(initiative_id, '00000000-0000-0000-0000-000000000000'), year);

create table cost_line (
  id uuid primary key default gen_random_uuid(),
  budget_id uuid not null references budget (id),
  category text not null check (category in ('base_funding', 'staff', 'premises', 'consultants', 'licences',
    'investment', 'operation', 'other')),
  description text not null,
  -- For a price key the amount is what the members are charged, so it is computed and stored as 0.
  amount_ore bigint not null check (amount_ore >= 0),
  cost_key_id uuid not null references cost_key (id),
  -- Invoiced in full in the first quarter (förskott) rather than spread over the year.
  paid_in_advance boolean not null default false,
  -- Raised by the index from this year's value to the budget year's.
  index_series text,
  index_base_year integer,
  position integer not null,
  version integer not null default 1,
  check ((index_series is null) = (index_base_year is null))
);
create index cost_line_budget_idx on cost_line (budget_id);

create table actual_cost (
  id uuid primary key default gen_random_uuid(),
  cost_line_id uuid not null references cost_line (id),
  booked_on date not null,
  -- Negative for a correction or a credit note.
  amount_ore bigint not null,
  description text not null default '',
  recorded_by_name text not null,
  recorded_at timestamptz not null default now()
);
create index actual_cost_line_idx on actual_cost (cost_line_id);

-- A grant applied for; granted money is credited to the members by the guarantee key, refused money stays on them.
create table external_funding (
  id uuid primary key default gen_random_uuid(),
  budget_id uuid not null references budget (id),
  funder text not null,
  description text not null default '',
  amount_ore bigint not null check (amount_ore > 0),
  status text not null default 'applied' check (status in ('applied', 'granted', 'refused')),
  decided_on date,
  guarantee_key_id uuid not null references cost_key (id),
  version integer not null default 1,
  check ((status = 'applied') = (decided_on is null))
);
create index external_funding_budget_idx on external_funding (budget_id);

-- Agreed hourly rates (timpriser) per role and year.
create table hourly_rate (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  role_name text not null,
  year integer not null,
  rate_ore bigint not null check (rate_ore > 0),
  unique (collaboration_id, role_name, year)
);

-- Hours a member's staff put into a budget's work, valued at the agreed rate.
create table in_kind_contribution (
  id uuid primary key default gen_random_uuid(),
  budget_id uuid not null references budget (id),
  member_id uuid not null references member (id),
  hourly_rate_id uuid not null references hourly_rate (id),
  hours numeric(8, 2) not null check (hours > 0),
  description text not null default '',
  recorded_by_name text not null,
  recorded_at timestamptz not null default now()
);
create index in_kind_budget_idx on in_kind_contribution (budget_id);
