-- Issue 15: indexes that match the paged reads of decisions, cases, the register, the minutes and notifications.

-- The decision list, newest first, of a collaboration or of one member; the page is read off the index in order.
create index decision_collaboration_newest_idx on decision (collaboration_id, decided_on desc, recorded_at desc, id desc);
create index decision_member_newest_idx on decision (member_id, decided_on desc, recorded_at desc, id desc) where member_id is not null;
-- The new index starts with collaboration_id, so the old one only cost writes.
drop index decision_collaboration_idx;

-- The §§ of a page's cases, and the §§ an initiative's cases may give its gate.
create index agenda_item_case_idx on agenda_item (case_id) where case_id is not null;
-- The cases of an initiative (the §§ its gate may take).
create index case_initiative_idx on "case" (initiative_id) where initiative_id is not null;

-- Meetings of a collaboration in time order: the meeting list, the calendar and the register of minutes.
create index meeting_collaboration_idx on meeting (collaboration_id, starts_at, id);

