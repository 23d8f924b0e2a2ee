-- Issue 13, finding 1: a member named by another member's representative is only invited; it takes part
-- by its own representative's (or the coordinator's) acceptance, as a request to join at the next gate.
alter table initiative_participant drop constraint initiative_participant_state_check;
alter table initiative_participant add constraint initiative_participant_state_check
  check (state in ('invited', 'joining', 'active', 'left'));
alter table initiative_participant drop constraint initiative_participant_leave_reason_check;
alter table initiative_participant add constraint initiative_participant_leave_reason_check
  check (leave_reason in ('declined', 'withdrew_request', 'declined_invitation'));

-- Issue 13, finding 2: a file attached to nothing yet is read only by the person who uploaded it.
alter table attachment add column uploaded_by_user_id uuid references app_user (id);
