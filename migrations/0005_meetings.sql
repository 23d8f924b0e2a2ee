-- Cases (ärenden) with registration numbers and a public register, meetings with agenda, attendance,
-- § numbered decisions, minutes approval (justering) and publication, member-decision reminders.

-- How the collaboration writes its registration numbers, and its classification scheme (klassificeringsstruktur).
alter table collaboration add column case_number_format text not null default '{prefix} {year}/{seq:4}';
alter table collaboration add column classification jsonb not null default '[]';

-- One row per collaboration and year; taking a number locks the row, so numbers are never duplicated or reused.
create table case_number_counter (
  collaboration_id uuid not null references collaboration (id),
  year integer not null,
  last_seq integer not null,
  primary key (collaboration_id, year)
);

create table "case" (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  year integer not null,
  seq integer not null,
  number text not null,
  classification_code text,
  title text not null,
  description text not null default '',
  status text not null default 'registered' check (status in ('registered', 'in_preparation', 'ready_for_decision', 'decided', 'closed')),
  preparing_body_id uuid references body (id),
  deciding_body_id uuid references body (id),
  initiative_id uuid references initiative (id),
  confidential boolean not null default false,
  confidentiality_ground text not null default '',
  registered_on date not null,
  version integer not null default 1,
  unique (collaboration_id, year, seq),
  unique (collaboration_id, number),
  check (not confidential or confidentiality_ground <> '')
);

-- The public-records register: every document registered in a case.
create table register_entry (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references "case" (id),
  seq integer not null,
  registered_on date not null,
  direction text not null check (direction in ('incoming', 'outgoing', 'internal')),
  counterpart text not null default '',
  description text not null,
  attachment_id uuid references attachment (id),
  confidential boolean not null default false,
  confidentiality_ground text not null default '',
  registered_by_name text not null,
  unique (case_id, seq),
  check (not confidential or confidentiality_ground <> '')
);

create table meeting (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  body_id uuid not null references body (id),
  starts_at timestamptz not null,
  ends_at timestamptz,
  place text not null default '',
  link text not null default '',
  status text not null default 'planned' check (status in ('planned', 'notice_sent', 'held', 'minutes_approved', 'published', 'cancelled')),
  notice_sent_at timestamptz,
  chair_user_id uuid references app_user (id),
  adjuster_user_ids uuid[] not null default '{}',
  secretary_name text not null default '',
  -- The day the approval of the minutes was posted on the notice board, and the last day to appeal.
  published_on date,
  appeal_ends_on date,
  version integer not null default 1
);
create index meeting_body_idx on meeting (body_id, starts_at);

create table agenda_item (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meeting (id) on delete cascade,
  position integer not null,
  case_id uuid references "case" (id),
  title text not null,
  -- Set when the item is decided: its § number per body and year, and what was decided.
  paragraph integer,
  outcome text check (outcome in ('approve', 'reject', 'defer')),
  wording text not null default '',
  reservations text not null default '',
  deferred_to_meeting_id uuid references meeting (id),
  decision_id uuid references decision (id)
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);

create table paragraph_counter (
  body_id uuid not null references body (id),
  year integer not null,
  last_paragraph integer not null,
  primary key (body_id, year)
);

create table meeting_attendance (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meeting (id) on delete cascade,
  person_name text not null,
  member_id uuid references member (id),
  seat_role text not null check (seat_role in ('ledamot', 'ersattare', 'official')),
  position text check (position in ('chair', 'vice_chair')),
  -- An ersättare serving (tjänstgör) for an absent ledamot.
  serving_for text,
  present boolean not null
);

create table meeting_document (
  meeting_id uuid not null references meeting (id) on delete cascade,
  attachment_id uuid not null references attachment (id),
  primary key (meeting_id, attachment_id)
);

create table minutes_approval (
  meeting_id uuid not null references meeting (id),
  role text not null check (role in ('chair', 'adjuster')),
  user_id uuid not null references app_user (id),
  name text not null,
  approved_at timestamptz not null default now(),
  primary key (meeting_id, user_id, role)
);

-- A meeting decision is the decision record of the initiatives: the link reserved in 0004.
alter table decision add constraint decision_meeting_item_fk foreign key (meeting_item_id) references agenda_item (id);

create table member_reminder (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id),
  member_id uuid not null references member (id),
  phase_key text not null,
  phase_entry integer not null,
  reminded_at timestamptz not null default now(),
  reminded_by_name text not null
);
create index member_reminder_idx on member_reminder (initiative_id, member_id);

-- The collaboration's annual wheel (årshjul): recurring work by month.
create table annual_wheel_item (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  month integer not null check (month between 1 and 12),
  title text not null,
  description text not null default '',
  body_id uuid references body (id)
);
