-- Benefits per initiative, owned per member (issue 18): intended effects, their indicators, each participating
-- member's baseline and target, and dated measurements. Values are integers in hundredths of the indicator's unit.
create table benefit_effect (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id),
  title text not null check (length(title) between 1 and 200),
  description text not null default '',
  position integer not null default 0,
  version integer not null default 1
);
create index benefit_effect_initiative_idx on benefit_effect (initiative_id);

create table benefit_indicator (
  id uuid primary key default gen_random_uuid(),
  effect_id uuid not null references benefit_effect (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  unit text not null check (length(unit) between 1 and 40),
  direction text not null check (direction in ('increase', 'decrease')),
  benefit_class text not null check (benefit_class in ('financial', 'reallocated_time', 'quality')),
  measure_every_months integer not null check (measure_every_months between 1 and 24),
  position integer not null default 0,
  version integer not null default 1
);
create index benefit_indicator_effect_idx on benefit_indicator (effect_id);

-- One row per indicator and member: its baseline and its target.
create table benefit_indicator_member (
  indicator_id uuid not null references benefit_indicator (id) on delete cascade,
  member_id uuid not null references member (id),
  baseline_value bigint not null,
  baseline_date date not null,
  baseline_source text not null default '',
  target_value bigint,
  target_date date,
  version integer not null default 1,
  primary key (indicator_id, member_id),
  check ((target_value is null) = (target_date is null)),
  check (target_date is null or target_date >= baseline_date)
);
create index benefit_indicator_member_member_idx on benefit_indicator_member (member_id);

create table benefit_measurement (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null,
  member_id uuid not null,
  value bigint not null,
  measured_on date not null,
  note text not null default '',
  recorded_by text not null,
  recorded_at timestamptz not null default now(),
  foreign key (indicator_id, member_id) references benefit_indicator_member (indicator_id, member_id) on delete cascade
);
create index benefit_measurement_indicator_member_idx on benefit_measurement (indicator_id, member_id, measured_on);
