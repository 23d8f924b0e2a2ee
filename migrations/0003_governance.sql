-- Governance: bodies with seats, decision kinds, mandates, escalation and disagreements.

-- Whether the collaboration's records are public; null means "as its legal form has it".
alter table collaboration add column records_public boolean;

create table body (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  name text not null,
  kind text not null check (kind in ('board', 'direktion', 'steering_group', 'preparing_group', 'working_committee',
    'reference_group', 'working_group', 'programme_office', 'member_assembly')),
  purpose text not null default '',
  meeting_cadence text not null default '',
  -- The body a disagreement goes to next; cycles are refused by the use case.
  escalates_to_body_id uuid references body (id),
  version integer not null default 1
);
create unique index body_name_key on body (collaboration_id, lower(name));

create table body_seat (
  id uuid primary key default gen_random_uuid(),
  body_id uuid not null references body (id) on delete cascade,
  person_name text not null,
  seat_role text not null check (seat_role in ('ledamot', 'ersattare')),
  -- The member the person represents; null means the collaboration's own organisation (the host side).
  member_id uuid references member (id),
  position text check (position in ('chair', 'vice_chair')),
  term_start date not null,
  term_end date,
  version integer not null default 1,
  check (term_end is null or term_end >= term_start)
);
create index body_seat_body_idx on body_seat (body_id);

-- The catalogue every new collaboration starts from.
create table default_decision_kind (
  key text primary key,
  name_sv text not null,
  name_en text not null,
  binding boolean not null,
  requires_member_decisions boolean not null,
  sort_order integer not null
);
insert into default_decision_kind values
  ('accept_assignment', 'Anta uppdrag', 'Accept an assignment', false, false, 10),
  ('start_pre_study', 'Starta förstudie', 'Start a pre-study', false, false, 20),
  ('start_project', 'Starta utvecklingsprojekt', 'Start a development project', true, true, 30),
  ('procure', 'Genomföra upphandling', 'Procure', true, false, 40),
  ('award', 'Tilldelningsbeslut', 'Award a contract', true, false, 50),
  ('accept_introduction', 'Åta sig att samordna införande', 'Accept coordinating the introduction', false, false, 60),
  ('accept_management', 'Ta emot förvaltningsuppdrag', 'Accept the management assignment', true, true, 70),
  ('operational_decision', 'Operativt beslut', 'Operational decision', false, false, 80),
  ('strategic_decision', 'Strategiskt beslut', 'Strategic decision', false, false, 90),
  ('budget', 'Budget', 'Budget', true, false, 100),
  ('annual_plan', 'Verksamhetsplan', 'Annual plan', false, false, 110),
  ('binding_business_agreement', 'Bindande affärsöverenskommelse', 'Binding business agreement', true, false, 120),
  ('approve_change', 'Godkänna ändring', 'Approve a change', false, false, 130);

create table decision_kind (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  key text not null,
  name_sv text not null,
  name_en text not null,
  -- Binding decisions commit the members (money, contracts); in avtalssamverkan each member must take them.
  binding boolean not null,
  requires_member_decisions boolean not null,
  sort_order integer not null,
  version integer not null default 1
);
create unique index decision_kind_key on decision_kind (collaboration_id, key);

insert into decision_kind (collaboration_id, key, name_sv, name_en, binding, requires_member_decisions, sort_order)
select c.id, d.key, d.name_sv, d.name_en, d.binding, d.requires_member_decisions, d.sort_order
from collaboration c cross join default_decision_kind d;

create table body_mandate (
  body_id uuid not null references body (id) on delete cascade,
  decision_kind_id uuid not null references decision_kind (id) on delete cascade,
  mandate text not null check (mandate in ('decides', 'prepares')),
  primary key (body_id, decision_kind_id, mandate)
);

create table disagreement (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  title text not null,
  description text not null default '',
  raised_at_body_id uuid not null references body (id),
  current_body_id uuid not null references body (id),
  status text not null default 'open' check (status in ('open', 'resolved')),
  resolution text,
  created_at timestamptz not null default now(),
  version integer not null default 1
);
create index disagreement_collaboration_idx on disagreement (collaboration_id);

create table disagreement_step (
  id bigint generated always as identity primary key,
  disagreement_id uuid not null references disagreement (id),
  kind text not null check (kind in ('raised', 'escalated', 'resolved')),
  from_body_id uuid references body (id),
  to_body_id uuid references body (id),
  note text not null,
  actor_user_id uuid references app_user (id),
  actor_name text not null,
  occurred_at timestamptz not null default now()
);
create index disagreement_step_idx on disagreement_step (disagreement_id, id);
