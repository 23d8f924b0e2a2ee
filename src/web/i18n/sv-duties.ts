/** The Swedish texts of Att göra: each person's list of what they owe (registered in index.ts). */
export const svDuties = {
  duties: {
    heading: 'Att göra',
    empty: 'Inget att göra just nu.',
    total_one: '{{count}} uppgift',
    total_other: '{{count}} uppgifter',
    overdueCount_one: 'varav {{count}} försenad',
    overdueCount_other: 'varav {{count}} försenade',
    dueOn: 'Senast {{date}}',
    dueToday: 'i dag',
    daysLeft_one: 'om {{count}} dag',
    daysLeft_other: 'om {{count}} dagar',
    overdue: 'Försenad',
    overdueDays_one: '{{count}} dag sedan',
    overdueDays_other: '{{count}} dagar sedan',
    noDueDate: 'Ingen sista dag',
    collaboration: 'Samverkan',
    shown: 'Visar de {{shown}} som ska göras först av {{total}}.',
  },
}
