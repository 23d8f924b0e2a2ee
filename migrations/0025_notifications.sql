-- Notifications (issue 17): what each person owes reaches them in the app (the bell) and by e-mail, as it
-- arises, as deadline reminders and as a daily or weekly digest; each exactly once.

-- Days before a duty's due date on which its owners are reminded (0 = on the day); set by the coordinator.
alter table collaboration add column reminder_days integer[] not null default '{14,3,0}';

-- Each person's choice per kind of notification: e-mail at once, in a daily or weekly digest, or none.
-- In the app they are always shown. Without a row the defaults hold (a daily digest), version 0.
create table notification_setting (
  user_id uuid primary key references app_user (id) on delete cascade,
  new_duty text not null default 'daily' check (new_duty in ('immediately', 'daily', 'weekly', 'off')),
  reminder text not null default 'daily' check (reminder in ('immediately', 'daily', 'weekly', 'off')),
  version integer not null default 1
);

-- One notification in a person's bell: a duty that arose, a reminder before its due date, or that it is overdue.
-- `key` names the occasion (the duty, its due date and the interval), so a sweep run again writes nothing twice.
create table notification (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  collaboration_id uuid not null references collaboration (id) on delete cascade,
  key text not null,
  kind text not null check (kind in ('new_duty', 'reminder', 'overdue')),
  duty_key text not null,
  text_sv text not null,
  text_en text not null,
  link text not null,
  due_on date,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (user_id, key)
);
create index notification_unread on notification (user_id, created_at desc) where read_at is null;
create index notification_by_user on notification (user_id, collaboration_id, created_at desc);

-- The digests that went out: one per person and period ('daily:2026-12-07', 'weekly:2026-12-07'), written in
-- the transaction that queues the e-mail, so a period's digest is queued once whatever runs it again.
create table digest_sent (
  user_id uuid not null references app_user (id) on delete cascade,
  period text not null,
  sent_at timestamptz not null default now(),
  primary key (user_id, period)
);

-- When each collaboration was last swept for notifications: an event older than the sweep has nothing new to say.
create table notification_sweep (
  collaboration_id uuid primary key references collaboration (id) on delete cascade,
  swept_at timestamptz not null
);

-- The sweep starts at the beginning of the event stream, so what the seed wrote is swept once (see 0022).
insert into event_subscriber (name, position) values ('notifications.sweep', 0);
