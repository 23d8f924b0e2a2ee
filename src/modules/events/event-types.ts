/**
 * The events subscribers react to, with their typed payloads. An event's type is the audit action of the
 * change it reports; every other action is published too, its payload the audit entry's `after`.
 * Declared here (plain data, no imports from other modules) so a subscriber's handler is typed.
 */

/** Someone a message goes to: the account, its name and address when the change happened. */
export interface EventRecipient {
  userId: string
  name: string
  email: string
}

export interface EventPayloads {
  /** The notice (kallelse) of a meeting went out to these people. */
  'meeting.notice_sent': {
    meetingId: string
    bodyName: string
    startsAt: string
    endsAt: string | null
    place: string
    link: string
    agenda: { position: number; title: string; caseNumber: string | null; confidential: boolean }[]
    /** Where the meeting's page is, for the link in the e-mail. */
    url: string
    recipients: EventRecipient[]
  }
  /** A meeting was cancelled; those who got its notice (none when it had not gone out) are told. */
  'meeting.cancelled': {
    meetingId: string
    bodyName: string
    startsAt: string
    reason: string
    recipients: EventRecipient[]
  }
  /** Participants whose own decision at the current gate is missing or deferred were reminded. */
  'decision.members_reminded': {
    initiativeId: string
    initiativeTitle: string
    gateName: { sv: string; en: string }
    gateDueOn: string | null
    requiredDecisions: { sv: string; en: string }[]
    url: string
    reminders: { memberId: string; memberName: string; recipients: EventRecipient[] }[]
  }
  /** A proposal was submitted; the members it invites (a representative's proposal) are asked to co-sign. */
  'proposal.submitted': {
    roundId: string
    proposalId: string
    invitedMemberIds: string[]
  }
  /** A coordinator moved a round to a stage by hand: the stage opened at that moment. */
  'planning_round.stage_moved': {
    roundId: string
    stage: string
    at: string
  }
}

export type EventType = keyof EventPayloads

/** What a use case hands to `publish`: the type and its payload, typed when the type is declared above. */
export type EventInput<T extends string = EventType> = {
  type: T
  collaborationId: string | null
  entityType: string
  entityId: string
  actorUserId: string | null
  payload: T extends EventType ? EventPayloads[T] : unknown
}

/** An event as stored and as a subscriber receives it. */
export type DomainEvent<T extends string = EventType> = EventInput<T> & { id: number; occurredAt: string }

/** The typed part of a change: one of the declared events with its payload. */
export type TypedPayload = { [K in EventType]: { type: K; payload: EventPayloads[K] } }[EventType]
