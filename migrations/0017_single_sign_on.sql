-- Issue 14: single sign-on with OpenID Connect.

-- An organisation's identity provider, registered by an administrator. The client secret is kept here
-- (the API never returns it): whoever can read this table can act as Samverka towards the provider.
-- A provider bound to a member signs in only people who hold a role for that member's organisation
-- (README, "Single sign-on"). A provider bound to a member goes with the member (demo data removed, say).
create table identity_provider (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  issuer text not null,
  client_id text not null,
  client_secret text not null,
  email_claim text not null default 'email',
  name_claim text not null default 'name',
  -- Entra ID and others often send no email_verified: then the administrator may trust the provider's e-mail.
  trust_email boolean not null default false,
  enabled boolean not null default true,
  member_id uuid references member (id) on delete cascade,
  created_at timestamptz not null default now(),
  version integer not null default 1
);

-- Which account a provider's subject (`sub`) signs in as; made at the person's first login.
create table identity_link (
  provider_id uuid not null references identity_provider (id) on delete cascade,
  subject text not null,
  user_id uuid not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (provider_id, subject),
  unique (provider_id, user_id)
);
create index identity_link_user_idx on identity_link (user_id);

-- A login under way at a provider: what the callback checks (state, nonce, PKCE verifier), kept in the
-- database so that any app process can finish it, tied to the browser that began it by a cookie's hash.
create table oidc_login (
  state text primary key,
  provider_id uuid not null references identity_provider (id) on delete cascade,
  browser_hash text not null,
  nonce text not null,
  code_verifier text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
