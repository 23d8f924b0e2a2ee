-- Sessions end after a spell of disuse as well as at their absolute expiry: the time a session was
-- last used is kept to the minute (touched at most once a minute, not on every request).
alter table session add column last_used_at timestamptz not null default now();
