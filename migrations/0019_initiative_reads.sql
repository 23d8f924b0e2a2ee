-- Issue 15: the initiative reads load only the rows a page shows, so they look rows up by initiative and by member.

-- Participations of the page's initiatives (every state, the history included) and of one member (its view, the matrix).
create index initiative_participant_initiative_idx on initiative_participant (initiative_id);
create index initiative_participant_member_idx on initiative_participant (member_id, initiative_id);

-- The portfolio's order (newest first, then title, id last so pages never tie), within a collaboration.
create index initiative_portfolio_idx on initiative (collaboration_id, registered_on desc, title, id);

-- The funnel: which phases each initiative has entered.
create index initiative_event_reached_idx on initiative_event (initiative_id, phase_key) where kind in ('registered', 'phase_entered');
