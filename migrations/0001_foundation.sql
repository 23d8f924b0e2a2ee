-- Foundation: reference data, collaborations and members, accounts and roles, sessions, audit log.

-- Every Swedish municipality (4-digit kommunkod) and region (2-digit länskod).
create table organisation (
  code text primary key,
  kind text not null check (kind in ('municipality', 'region')),
  name text not null,
  county_code text not null,
  county_name text not null
);

-- Population per organisation and year, so a cost key can name the year it uses.
create table organisation_population (
  organisation_code text not null references organisation (code),
  year integer not null,
  population integer not null check (population >= 0),
  measured_on date not null,
  primary key (organisation_code, year)
);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null,
  password_hash text not null,
  is_admin boolean not null default false,
  locale text not null default 'sv' check (locale in ('sv', 'en')),
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index app_user_email_key on app_user (lower(email));

create table collaboration (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  prefix text not null,
  legal_form text not null check (legal_form in
    ('gemensam_namnd', 'kommunalforbund', 'avtalssamverkan', 'ideell_forening', 'interkommunalt_bolag', 'projekt')),
  description text not null default '',
  host_member_id uuid,
  created_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index collaboration_prefix_key on collaboration (upper(prefix));

create table member (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  kind text not null check (kind in ('municipality', 'region', 'county_board', 'university', 'company', 'other')),
  organisation_code text references organisation (code),
  name text not null,
  org_number text,
  joined_on date not null,
  left_on date,
  contact_name text not null default '',
  contact_email text not null default '',
  version integer not null default 1,
  check ((kind in ('municipality', 'region')) = (organisation_code is not null)),
  check (left_on is null or left_on >= joined_on)
);
create unique index member_organisation_key on member (collaboration_id, organisation_code);
create index member_collaboration_idx on member (collaboration_id);

alter table collaboration add constraint collaboration_host_member_fk
  foreign key (host_member_id) references member (id) deferrable initially deferred;

create table role_assignment (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid not null references collaboration (id),
  user_id uuid not null references app_user (id),
  role text not null check (role in ('coordinator', 'member_representative', 'body_member', 'secretary',
    'project_manager', 'management_lead', 'auditor', 'viewer')),
  member_id uuid references member (id),
  created_at timestamptz not null default now(),
  -- A member representative always acts for exactly one member.
  check (role <> 'member_representative' or member_id is not null)
);
create unique index role_assignment_key
  on role_assignment (collaboration_id, user_id, role, coalesce(member_id, '00000000-0000-0000-0000-000000000000'));
create index role_assignment_user_idx on role_assignment (user_id);

-- Only a hash of the session token is stored: a copy of this table logs nobody in.
create table session (
  token_hash text primary key,
  user_id uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index session_user_idx on session (user_id);

-- Append-only, hash-chained: each row carries the hash of the row before it.
create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  actor_name text not null,
  collaboration_id uuid,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_log_collaboration_idx on audit_log (collaboration_id, id desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();
