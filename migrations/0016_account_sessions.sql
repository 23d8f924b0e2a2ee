-- Issue 14, accounts for real people: a person sees their own sessions and can end them one by one.
-- The token hash stays the key the cookie is looked up by; the id is what the list and the API name
-- (a session's token hash is never shown, not even to its owner).
alter table session add column id uuid not null default gen_random_uuid();
alter table session add constraint session_id_key unique (id);
-- Recorded at login, to tell the sessions apart ("Chrome på Windows", from which address).
alter table session add column user_agent text;
alter table session add column ip text;

-- When the person last signed in: an invited account that never has is shown as "invited".
alter table app_user add column last_login_at timestamptz;
