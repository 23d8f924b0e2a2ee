-- Domain events (issue 16): every use case writes its event here in the transaction of its change (an outbox);
-- subscribers handle them after commit through the event runner, each (subscriber, event) exactly once.
create table domain_event (
  id bigint generated always as identity primary key,
  type text not null,
  collaboration_id uuid,
  entity_type text not null,
  entity_id text not null,
  actor_user_id uuid,
  payload jsonb,
  occurred_at timestamptz not null default now()
);

-- Each subscriber's place in the stream: every event of its types up to `position` is delivered or parked
-- (a new subscriber starts at the newest event: what was written before it existed is not its).
create table event_subscriber (
  name text primary key,
  position bigint not null,
  created_at timestamptz not null default now()
);

-- What became of each (subscriber, event): delivered (done, in the transaction of the handler's own writes),
-- failed (tried again at next_attempt_at) or parked (given up after too many failures; the error stays here).
create table event_delivery (
  subscriber text not null references event_subscriber (name) on delete cascade,
  event_id bigint not null references domain_event (id) on delete cascade,
  status text not null check (status in ('delivered', 'failed', 'parked')),
  attempts int not null default 0,
  error text,
  next_attempt_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (subscriber, event_id)
);

-- The subscribers of this release start at the beginning, so what is written before a server first
-- starts (the demo seed, scripts) is theirs too; a later subscriber starts where the stream is when it registers.
insert into event_subscriber (name, position) values ('meetings.notice_mail', 0), ('meetings.cancellation_mail', 0), ('decisions.reminder_mail', 0);
