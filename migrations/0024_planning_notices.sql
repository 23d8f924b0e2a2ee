-- Planning notices that react to a change are stored when the change's event is handled (issue 16): a
-- proposal's request to the members it invites to co-sign, and a stage a coordinator opened by hand.
-- The bell still shows each only while it holds (not yet co-signed, the stage still current).
create table planning_notice (
  key text primary key,
  kind text not null check (kind in ('cosign_requested', 'stage_opened')),
  collaboration_id uuid not null references collaboration (id),
  round_id uuid not null references planning_round (id) on delete cascade,
  proposal_id uuid references proposal (id) on delete cascade,
  member_id uuid references member (id),
  stage text,
  -- The Swedish date the notice dates from (the day of the submission, or of the move by hand).
  since date not null,
  created_at timestamptz not null default now()
);
create index planning_notice_round on planning_notice (round_id, kind);

-- What happened before events existed, so the bell shows what it showed.
insert into planning_notice (key, kind, collaboration_id, round_id, proposal_id, member_id, since)
select 'cosign:' || p.id || ':' || invited.member_id, 'cosign_requested', r.collaboration_id, p.round_id, p.id, invited.member_id,
       (p.submitted_at at time zone 'Europe/Stockholm')::date
from proposal p join planning_round r on r.id = p.round_id cross join lateral unnest(p.invited_member_ids) as invited (member_id);

insert into planning_notice (key, kind, collaboration_id, round_id, stage, since)
select 'stage:' || r.id || ':' || r.manual_stage, 'stage_opened', r.collaboration_id, r.id, r.manual_stage, (r.manual_stage_at at time zone 'Europe/Stockholm')::date
from planning_round r where r.manual_stage is not null;

-- Their subscribers start at the beginning of the event stream (see 0022).
insert into event_subscriber (name, position) values ('planning.cosign_request_notices', 0), ('planning.stage_opened_notices', 0);
