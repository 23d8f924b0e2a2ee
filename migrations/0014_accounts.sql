-- Issue 14: a real installation. The columns every part of it reads, in one place.

-- A person invited by e-mail, or one who signs in only through their organisation's identity
-- provider, has no password of their own (yet).
alter table app_user alter column password_hash drop not null;

-- A deactivated account cannot sign in and its sessions are ended; its name stays on its history.
alter table app_user add column deactivated_at timestamptz;

-- Demo data is marked, so that an administrator can remove all of it without touching real records.
alter table app_user add column is_demo boolean not null default false;
alter table collaboration add column is_demo boolean not null default false;

-- One-time links sent by e-mail or printed at first start: only a hash of the token is kept, so the
-- table alone cannot be used to sign in. A token is used once (used_at) and expires.
create table account_token (
  token_hash text primary key,
  purpose text not null check (purpose in ('setup', 'invitation', 'password_reset')),
  user_id uuid references app_user (id) on delete cascade,
  created_by_user_id uuid references app_user (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  check (purpose = 'setup' or user_id is not null)
);
create index account_token_user_idx on account_token (user_id, purpose);
