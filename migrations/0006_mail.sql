-- E-mail goes through an outbox: written in the same transaction as the change that causes it,
-- delivered over SMTP after the commit, and kept with the time it was sent or the error.
create table mail_message (
  id uuid primary key default gen_random_uuid(),
  collaboration_id uuid references collaboration (id),
  kind text not null,
  to_address text not null,
  to_name text not null default '',
  subject text not null,
  body text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  error text
);
create index mail_message_unsent_idx on mail_message (created_at) where sent_at is null;
