-- Risk register (issue 18): risks and opportunities of an initiative, with probability and consequence 1–5 before
-- and after measures, an owner, a strategy and a next review date. A risk belongs to a subject: today an initiative;
-- a managed solution becomes another `subject_type` with its own id column, without touching what is here.

-- A risk whose current score rises above this (1–25) is escalated along the collaboration's escalation chain.
alter table collaboration add column risk_escalation_threshold integer not null default 15
  check (risk_escalation_threshold between 1 and 25);

create table risk (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  subject_type text not null check (subject_type in ('initiative')),
  initiative_id uuid references initiative (id),
  kind text not null check (kind in ('risk', 'opportunity')),
  title text not null,
  category text not null check (category in ('organisation', 'change_management', 'technology', 'finance', 'legal', 'supplier', 'information_security', 'other')),
  cause text not null default '',
  consequence text not null default '',
  probability_before smallint not null check (probability_before between 1 and 5),
  consequence_before smallint not null check (consequence_before between 1 and 5),
  -- Null until measures are planned; both or neither.
  probability_after smallint check (probability_after between 1 and 5),
  consequence_after smallint check (consequence_after between 1 and 5),
  -- What the matrix places it by: after measures when assessed, else before.
  current_probability smallint generated always as (coalesce(probability_after, probability_before)) stored,
  current_consequence smallint generated always as (coalesce(consequence_after, consequence_before)) stored,
  current_score smallint generated always as (coalesce(probability_after * consequence_after, probability_before * consequence_before)) stored,
  -- A user of the collaboration, or only a name when the owner has no account.
  owner_user_id uuid references app_user (id),
  owner_name text not null,
  strategy text not null,
  measures text not null default '',
  next_review date,
  last_reviewed_on date,
  -- The member the risk concerns, if one (a participant of the initiative).
  member_id uuid references member (id),
  status text not null default 'open' check (status in ('open', 'closed')),
  closed_reason text not null default '',
  -- The disagreement raised when the score rose above the threshold; no new one while it is open.
  escalation_id uuid references disagreement (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check ((subject_type = 'initiative') = (initiative_id is not null)),
  check ((probability_after is null) = (consequence_after is null)),
  check ((kind = 'risk' and strategy in ('avoid', 'reduce', 'transfer', 'accept'))
      or (kind = 'opportunity' and strategy in ('exploit', 'enhance', 'share', 'accept')))
);
create index risk_collaboration_idx on risk (collaboration_id, status);
create index risk_initiative_idx on risk (initiative_id);
create index risk_review_idx on risk (next_review) where status = 'open';
