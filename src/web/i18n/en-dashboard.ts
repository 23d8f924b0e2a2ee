import type { svDashboard, svDashboardPermissions } from './sv-dashboard'

/** The English texts of the collaboration's overview as a dashboard, and of the personal calendar feed. */
export const enDashboard: typeof svDashboard = {
  dashboard: {
    todoTitle: 'To do',
    todoIntro: 'What you, and the member you act for, owe in this collaboration.',
    todoAll: 'See everything you owe',
    meetingsTitle: 'Next meetings',
    meetingsEmpty: 'No meetings are planned.',
    meetingsAll: 'See the calendar',
    meetingAt: 'at',
    initiativesTitle: 'Initiatives by phase',
    initiativesNote: 'Running and paused initiatives in each phase.',
    initiativesCaption: 'Running initiatives by phase in {{process}}',
    initiativesEmpty: 'There are no running initiatives.',
    phase: 'Phase',
    count: 'Number',
    running: '{{count}} running initiatives',
    portfolio: 'See the portfolio',
    gatesTitle: 'Gates waiting for a decision',
    gatesIntro: 'Initiatives whose gate decision has a last day, what is due first first.',
    gatesEmpty: 'No gate decision has a last day right now.',
    gateDue: 'by',
    gatesMore: 'and {{count}} more',
    planningTitle: 'Planning rounds',
    planningEmpty: 'No planning round is under way.',
    planningStage: 'Stage: {{stage}}',
    planningLastDay: 'Last day',
    planningOpenEnded: 'Runs on',
    moneyTitle: 'To pay this year',
    moneyIntro: 'What {{member}} pays in {{year}} by its invoice basis.',
    moneyNotComputed: 'The amount cannot be computed; see the invoice basis.',
    moneyLink: 'Invoice basis for {{member}} {{year}}',
  },
  calendarFeed: {
    title: 'My calendar',
    intro: 'A calendar link of your own with your meetings and the last days of what you owe. Add it to Outlook, Google or Apple Calendar. The link is secret: whoever has it sees your calendar.',
    none: 'You have no calendar link.',
    create: 'Create a calendar link',
    rotate: 'Create a new link (the old one stops working)',
    revoke: 'Remove the link',
    working: 'Working …',
    url: 'Your calendar link',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    shownOnce: 'The link is shown only now. Save it in your calendar program; if you lose it, create a new one.',
    active: 'You have had a calendar link since {{date}}.',
    revoked: 'The link is removed and no longer works.',
  },
  wheelEntries: {
    stage: '{{round}}: {{stage}}',
    gate: 'Gate decision: {{title}} ({{gate}})',
    appeal: 'Appeal period: {{body}} {{date}}, posted {{posted}} – last day {{ends}}',
    kinds: { stage: 'Planning', gate: 'Gate', appeal: 'Appeal' },
  },
}

/** The permissions page's words for the dashboard's and the calendar's policies (read into en.ts). */
export const enDashboardPermissions: typeof svDashboardPermissions = {
  capability: { dashboard: 'Overview', calendar: 'Calendar' },
  actions: { dashboard: { read: "See the overview: meetings, initiatives, planning and one's own member's amount" }, calendar: { wheelDates: 'See the dates of the annual wheel' } },
}
