-- Issue 17: each e-mail sent once, even when a process is killed mid-send. A process sends a message inside
-- a transaction that holds its row lock (PostgreSQL releases it the moment the process's connection drops),
-- so the claims of 0018, which blocked a dead process's messages for 15 minutes, are no longer needed.
alter table mail_message drop column claimed_by;
alter table mail_message drop column claimed_until;
-- A message whose sending failed waits until then before the next try (a growing delay), so one failing
-- address does not hold up the others.
alter table mail_message add column next_attempt_at timestamptz;
-- Messages are sent in the order they were queued, also those queued in one transaction (where now() is one moment).
alter table mail_message alter column created_at set default clock_timestamp();
