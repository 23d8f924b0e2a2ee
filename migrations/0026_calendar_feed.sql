-- A person's own iCal feed (issue 17): a secret address per person, of which only a hash is kept, so a copy of
-- this table opens no one's calendar. Creating a new address replaces the old one; deleting the row revokes it.
create table calendar_feed (
  -- The account goes with its feed (removing the demo accounts); a deactivated account's feed answers 404.
  user_id uuid primary key references app_user (id) on delete cascade,
  token_hash text not null unique,
  created_at timestamptz not null default now()
);
