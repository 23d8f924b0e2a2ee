-- Records in the order of real life: who sits and approves, when minutes were approved and how,
-- cancelled meetings, the proposed decision of a case, and from when a body's minutes are kept here.

-- From this day the body's meetings and minutes are kept in Samverka: its decisions from then on are §§ of
-- its meetings; earlier ones (and those of bodies not kept here) are recorded as external decisions.
alter table body add column minutes_kept_from date;

-- The seated person's own account, so that a chair or adjuster can approve minutes in Samverka,
-- and the order in which a body's ersättare step in for an absent ledamot of the same member.
alter table body_seat add column user_id uuid references app_user (id);
alter table body_seat add column substitute_order integer check (substitute_order between 1 and 99);

alter table meeting_attendance add column substitute_order integer;

alter table "case" add column proposed_decision text not null default '';

alter table meeting add column held_at timestamptz;
alter table meeting add column cancelled_reason text;

-- An approval done in Samverka is dated when it happens; one signed on paper is recorded by the
-- secretary with the signature's date.
alter table minutes_approval alter column approved_at drop default;
alter table minutes_approval add column signed_on date;
alter table minutes_approval add column recorded_by_name text;
alter table minutes_approval add constraint minutes_approval_paper_check check ((signed_on is null) = (recorded_by_name is null));

create index agenda_item_decision_idx on agenda_item (decision_id) where decision_id is not null;
