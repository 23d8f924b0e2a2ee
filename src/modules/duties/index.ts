/** The contract of the duties module (Att göra: what each person owes, gathered from every module's duty sources). */
export { DUTY_KINDS, type Duty, type DutyKind, type DutyOwner, type DutyScope, type DutySource } from './duty-types'
export { daysLeft, dueFirst, owes } from './duties'
export { dutiesByPerson, listDuties, myDuties, presentDuty } from './duties.service'
export { TodoItem } from './duties.schema'
export { dutyTexts } from './duties.texts'
