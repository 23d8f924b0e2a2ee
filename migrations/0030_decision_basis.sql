-- The decision basis (beslutsunderlag) of an initiative's gate: each dispatched version is frozen as the content
-- it was rendered from, with the SHA-256 hash of that content's canonical serialisation, and never changes.
create table decision_basis_version (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  initiative_id uuid not null references initiative (id),
  -- The gate (the phase it leaves) and the pass through it the basis was dispatched for.
  phase_key text not null,
  phase_entry integer not null,
  -- 1, 2, … per initiative, in the order dispatched.
  number integer not null,
  content jsonb not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  -- Where the dispatched document is registered (diarium).
  register_entry_id uuid references register_entry (id),
  dispatched_by_name text not null,
  dispatched_at timestamptz not null default now(),
  unique (initiative_id, number)
);
create index decision_basis_version_initiative_idx on decision_basis_version (initiative_id, number);

-- The agenda item (and so its §) that decides the gate refers to the version decided on, by id and hash.
alter table agenda_item add column decision_basis_version_id uuid references decision_basis_version (id);
alter table agenda_item add column decision_basis_hash text;
