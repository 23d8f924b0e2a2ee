-- Issue 14: more than one app process on one PostgreSQL.

-- Rate limits counted in the database, so that every process counts the same requests: one row per
-- limit and client, its count in the current window and when that window ends. Old rows are swept.
create table rate_limit_counter (
  key text primary key,
  count integer not null,
  window_ends_at timestamptz not null
);
create index rate_limit_counter_window_idx on rate_limit_counter (window_ends_at);

-- The outbox is delivered by whichever process gets there first: a process claims messages before it
-- sends them, and the claim runs out (claimed_until) if that process dies mid-send, so another one
-- picks the message up again instead of it waiting for ever.
alter table mail_message add column claimed_by text;
alter table mail_message add column claimed_until timestamptz;
alter table mail_message add column attempts integer not null default 0;
