-- Problems with accessibility reported by users (lagen om tillgänglighet till digital offentlig service).
create table accessibility_report (
  id uuid primary key default gen_random_uuid(),
  reported_at timestamptz not null default now(),
  page text not null,
  description text not null,
  contact_email text,
  reporter_user_id uuid references app_user (id),
  handled_at timestamptz
);
