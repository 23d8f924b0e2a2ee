/** The contract of the calendar module (each person's own iCal feed behind a secret address). */
export { CalendarFeedState, CreatedCalendarFeed } from './calendar.schema'
