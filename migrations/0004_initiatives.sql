-- Initiatives: versioned process models, initiatives with participants and documents, decision records.

-- A process model version is immutable: an edit inserts the next version of the same lineage.
create table process_model (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  lineage_id uuid not null,
  version integer not null,
  template_key text,
  name_sv text not null,
  name_en text not null,
  description text not null default '',
  -- Phases, document types and gates, validated by ProcessDefinition in processes.schema.ts.
  definition jsonb not null,
  is_default boolean not null default false,
  created_by_name text not null,
  created_at timestamptz not null default now(),
  unique (lineage_id, version)
);
create index process_model_collaboration_idx on process_model (collaboration_id);

-- Files attached to document versions and decisions; kept in the database, the system of record.
create table attachment (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  file_name text not null,
  media_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  uploaded_by_name text not null,
  uploaded_at timestamptz not null default now()
);
create index attachment_collaboration_idx on attachment (collaboration_id);

create table initiative (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  process_model_id uuid not null references process_model (id),
  title text not null,
  need text not null default '',
  description text not null default '',
  areas text[] not null default '{}',
  proposing_member_id uuid references member (id),
  project_manager text not null default '',
  status text not null default 'active' check (status in ('active', 'paused', 'stopped', 'completed')),
  status_reason text not null default '',
  phase_key text not null,
  -- Counts every entry into a phase, so decisions from an earlier pass through the same gate do not count again.
  phase_entry integer not null default 1,
  phase_entered_on date not null,
  -- When the members' decisions at the current gate are due.
  gate_due_on date,
  registered_on date not null,
  ended_on date,
  version integer not null default 1
);
create index initiative_collaboration_idx on initiative (collaboration_id);

-- Participation history: a member joins or leaves only at a gate; a row is never deleted.
create table initiative_participant (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id),
  member_id uuid not null references member (id),
  -- joining: asked to join and takes part in the next gate's decisions; active: takes part; left: no longer.
  state text not null check (state in ('joining', 'active', 'left')),
  requested_on date not null,
  joined_at_phase text,
  joined_on date,
  left_at_phase text,
  left_on date,
  leave_reason text check (leave_reason in ('declined', 'withdrew_request')),
  check ((state = 'left') = (left_on is not null))
);
create unique index initiative_participant_current on initiative_participant (initiative_id, member_id) where state <> 'left';

create table initiative_document (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiative (id),
  type_key text not null,
  phase_key text not null,
  unique (initiative_id, type_key)
);

create table initiative_document_version (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references initiative_document (id),
  number integer not null,
  "values" jsonb not null,
  final boolean not null,
  attachment_ids uuid[] not null default '{}',
  note text not null default '',
  created_by_name text not null,
  created_at timestamptz not null default now(),
  unique (document_id, number)
);

-- A decision record: by a body, or by one member in its own assembly (likalydande beslut).
-- The meetings capability will point its § entries here; meeting_item_id is left for that link.
create table decision (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  initiative_id uuid references initiative (id),
  -- The gate (the phase it leaves) and the pass through it the decision belongs to.
  phase_key text,
  phase_entry integer,
  decision_kind_id uuid not null references decision_kind (id),
  body_id uuid references body (id),
  member_id uuid references member (id),
  decided_on date not null,
  outcome text not null check (outcome in ('approve', 'reject', 'defer')),
  conditions text not null default '',
  reference text not null default '',
  attachment_id uuid references attachment (id),
  meeting_item_id uuid,
  recorded_by_name text not null,
  recorded_at timestamptz not null default now(),
  check ((body_id is null) <> (member_id is null))
);
create index decision_initiative_idx on decision (initiative_id, phase_key, phase_entry);
create index decision_collaboration_idx on decision (collaboration_id);

-- The initiative's timeline; gate passages name the decisions that opened the gate.
create table initiative_event (
  id bigint generated always as identity primary key,
  initiative_id uuid not null references initiative (id),
  kind text not null,
  phase_key text not null,
  occurred_on date not null,
  details jsonb not null default '{}',
  decision_ids uuid[] not null default '{}',
  actor_name text not null,
  recorded_at timestamptz not null default now()
);
create index initiative_event_idx on initiative_event (initiative_id, id);
