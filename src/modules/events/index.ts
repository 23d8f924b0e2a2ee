/** Domain events: published in the transaction of a change, handled after commit by the runner's subscribers. */
export { publish } from './events.repository'
export type { DomainEvent, EventInput, EventPayloads, EventRecipient, EventType, TypedPayload } from './event-types'
export { createEventRunner, defineSubscriber, type EventRunner, type RunnerOptions, type Subscriber } from './runner'
