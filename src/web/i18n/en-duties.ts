import type { Catalogue } from './en'
import type { svDuties } from './sv-duties'

/** The English texts of Att göra: each person's list of what they owe (registered in index.ts). */
export const enDuties: Catalogue<typeof svDuties> = {
  duties: {
    heading: 'To do',
    empty: 'Nothing to do right now.',
    total_one: '{{count}} task',
    total_other: '{{count}} tasks',
    overdueCount_one: '{{count}} of them overdue',
    overdueCount_other: '{{count}} of them overdue',
    dueOn: 'Due {{date}}',
    dueToday: 'today',
    daysLeft_one: 'in {{count}} day',
    daysLeft_other: 'in {{count}} days',
    overdue: 'Overdue',
    overdueDays_one: '{{count}} day ago',
    overdueDays_other: '{{count}} days ago',
    noDueDate: 'No due date',
    collaboration: 'Collaboration',
    shown: 'Showing the {{shown}} due first of {{total}}.',
  },
}
