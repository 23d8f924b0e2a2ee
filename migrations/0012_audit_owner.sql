-- The audit log held against the app itself (issue 13, finding 4).
--
-- 1. Signed checkpoints anchor the chain's head outside the chain: each holds the last entry's id and
--    hash with an HMAC-SHA256 made with SAMVERKA_AUDIT_KEY, a key the database never sees. Posted
--    minutes name their checkpoint too. `npm run audit:verify` checks that every checkpointed entry is
--    still there, unchanged, so cutting the tail or rewriting a row and rehashing the rest is found.
-- 2. On PostgreSQL the log belongs to samverka_audit_owner, a role nobody logs in as. The app is given
--    INSERT and SELECT on it and nothing more, so it can neither change, delete, truncate nor switch off
--    the trigger that guards it.
--
-- How an installation runs it (the README's "Audit log" section says the same):
--
--   -- once, as a superuser: the owner that runs migrations, and the database it owns
--   create role samverka_owner login password '…' createrole;
--   create database samverka owner samverka_owner;
--   -- run `npm run migrate` with DATABASE_URL=postgres://samverka_owner:…@host/samverka
--   -- (it creates samverka_audit_owner and samverka_app and hands the audit tables over)
--   -- then the login the app runs as, with only what samverka_app is granted:
--   create role samverka_web login password '…' in role samverka_app;
--   -- run the app with DATABASE_URL=postgres://samverka_web:…@host/samverka
--
-- samverka_app gets SELECT, INSERT, UPDATE and DELETE on every other table, now and in later migrations
-- run by the same owner, but only SELECT and INSERT on audit_log and audit_checkpoint. The app's login
-- must be neither superuser nor CREATEROLE, nor a member of samverka_audit_owner: any of those could
-- take the log back. Where this migration runs as a role that may not create roles, or on PGlite (one
-- process, always superuser), it leaves the ownership as it is and says so in a notice.

create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;

create table audit_checkpoint (
  id bigint generated always as identity primary key,
  audit_id bigint not null,
  audit_hash text not null,
  created_at timestamptz not null,
  -- 'minutes' (written when minutes are posted) or 'scheduled'
  reason text not null,
  signature text not null
);
create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
  for each row execute function audit_log_is_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
  for each statement execute function audit_log_is_append_only();

-- The checkpoint written when the minutes were posted; the minutes PDF prints its entry and hash.
alter table meeting add column minutes_checkpoint_id bigint references audit_checkpoint (id);

do $$
declare
  me name := current_user;
  is_superuser boolean;
  may_create_roles boolean;
  tbl name;
begin
  if version() like '%PGlite%' then
    raise notice 'PGlite runs inside the app as its superuser: the audit log keeps its owner (see the README, "Audit log").';
    return;
  end if;
  select rolsuper, rolcreaterole into is_superuser, may_create_roles from pg_roles where rolname = me;
  if not (is_superuser or may_create_roles) then
    raise notice 'Role % may not create roles: audit_log stays owned by it. Run the migrations as an owner role with CREATEROLE (see the README, "Audit log").', me;
    return;
  end if;

  -- Roles belong to the whole server, and several databases may migrate at once (the test tier).
  begin
    create role samverka_audit_owner nologin;
  exception when duplicate_object or unique_violation then null;
  end;
  begin
    create role samverka_app nologin;
  exception when duplicate_object or unique_violation then null;
  end;
  -- A role that is not superuser must be able to act as the new owner to hand a table over to it.
  if not is_superuser and not pg_has_role(me, 'samverka_audit_owner', 'usage') then
    execute format('grant samverka_audit_owner to %I', me);
  end if;

  -- The identity sequences belong to their tables and move with them. A new owner must be allowed to
  -- create in the schema at the moment it takes over; it keeps nothing of that afterwards.
  grant create on schema public to samverka_audit_owner;
  alter table audit_log owner to samverka_audit_owner;
  alter table audit_checkpoint owner to samverka_audit_owner;
  alter function audit_log_is_append_only() owner to samverka_audit_owner;
  revoke create on schema public from samverka_audit_owner;
  revoke all on audit_log, audit_checkpoint from public;

  -- What the app may do: write and read the log, and use everything else.
  grant select, insert on audit_log, audit_checkpoint to samverka_app;
  grant usage on sequence audit_log_id_seq, audit_checkpoint_id_seq to samverka_app;
  for tbl in select tablename from pg_tables where schemaname = 'public' and tablename not in ('audit_log', 'audit_checkpoint') loop
    execute format('grant select, insert, update, delete on table %I to samverka_app', tbl);
  end loop;
  grant usage, select on all sequences in schema public to samverka_app;
  execute format('alter default privileges for role %I in schema public grant select, insert, update, delete on tables to samverka_app', me);
  execute format('alter default privileges for role %I in schema public grant usage, select on sequences to samverka_app', me);

  -- Where the app still logs in as the migrating role, it keeps writing the log (but is not protected).
  execute format('grant select, insert on audit_log, audit_checkpoint to %I', me);
  execute format('grant usage on sequence audit_log_id_seq, audit_checkpoint_id_seq to %I', me);
end $$;
