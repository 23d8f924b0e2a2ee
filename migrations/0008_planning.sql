-- Annual planning (issue 7): a round per collaboration and year with dated stages, proposals with
-- co-signing members and screening, each member's priorities, the adopted plan and each member's approval.

create table planning_round (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  -- The year the plan is for.
  year integer not null check (year between 2000 and 2100),
  title text not null,
  ballot_kind text not null check (ballot_kind in ('points', 'ranking')),
  points_per_member integer not null default 100 check (points_per_member between 1 and 10000),
  method text not null check (method in ('points', 'borda')),
  weighting text not null check (weighting in ('equal', 'population')),
  -- Screening: a proposal must concern at least this many members (the proposer and its co-signers).
  min_members integer not null default 2 check (min_members >= 1),
  budget_frame_ore bigint not null check (budget_frame_ore >= 0),
  -- The key the funded activities' initiative budgets are drafted with; none: no budgets are drafted.
  cost_key_id uuid references cost_key (id),
  -- The coordinator's hand on the timetable: a stage opened (or closed) before its date.
  manual_stage text,
  manual_stage_at timestamptz,
  goals text not null default '',
  adopted_on date,
  adopted_reference text not null default '',
  version integer not null default 1,
  unique (collaboration_id, year)
);

create table planning_stage (
  round_id uuid not null references planning_round (id),
  key text not null,
  starts_on date not null,
  primary key (round_id, key)
);

create table proposal (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references planning_round (id),
  number integer not null,
  title text not null,
  need text not null,
  expected_benefit text not null default '',
  areas text[] not null default '{}',
  estimated_cost_ore bigint not null check (estimated_cost_ore >= 0),
  estimated_effort_hours integer not null default 0 check (estimated_effort_hours >= 0),
  proposing_member_id uuid not null references member (id),
  -- The proposer's answers to the screening criteria; "enough members" is counted, not answered.
  it_supported boolean not null,
  jurisdiction_intact boolean not null,
  not_in_earlier_plan boolean not null,
  criteria_comment text not null default '',
  screening text not null default 'pending' check (screening in ('pending', 'accepted', 'merged', 'rejected')),
  screening_reason text not null default '',
  merged_into_id uuid references proposal (id),
  -- Members the proposer asked to co-sign; each signs for itself (proposal_cosigner).
  invited_member_ids uuid[] not null default '{}',
  -- Taken from the project bank of an earlier round.
  carried_from_id uuid references proposal (id),
  -- Set when the plan is adopted: funded (and its initiative) or to the project bank.
  outcome text check (outcome in ('funded', 'bank')),
  -- The place in the ranking the plan was adopted on.
  plan_rank integer,
  initiative_id uuid references initiative (id),
  submitted_by_name text not null,
  submitted_at timestamptz not null default now(),
  version integer not null default 1,
  unique (round_id, number),
  check ((screening = 'merged') = (merged_into_id is not null)),
  check (screening not in ('rejected', 'merged') or screening_reason <> '')
);
create index proposal_round_idx on proposal (round_id);
create index proposal_text_idx on proposal using gin (to_tsvector('swedish', title || ' ' || need));

create table proposal_cosigner (
  proposal_id uuid not null references proposal (id),
  member_id uuid not null references member (id),
  signed_by_name text not null,
  signed_at timestamptz not null default now(),
  primary key (proposal_id, member_id)
);

-- One ballot per member and round: points per proposal, or a ranking best first.
create table priority_ballot (
  round_id uuid not null references planning_round (id),
  member_id uuid not null references member (id),
  points jsonb,
  ranking jsonb,
  submitted_by_name text not null,
  submitted_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (round_id, member_id),
  check ((points is null) <> (ranking is null))
);

-- Each member's own decision on the adopted plan.
create table plan_approval (
  round_id uuid not null references planning_round (id),
  member_id uuid not null references member (id),
  outcome text not null check (outcome in ('approve', 'reject')),
  decided_on date not null,
  reference text not null default '',
  recorded_by_name text not null,
  primary key (round_id, member_id)
);

-- Notifications are derived from the rounds' state; a row here says a person has dismissed one.
create table notification_read (
  user_id uuid not null references app_user (id),
  key text not null,
  read_at timestamptz not null default now(),
  primary key (user_id, key)
);
