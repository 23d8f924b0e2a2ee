import { defineTexts } from '../../shared/texts'
import type { DutyKind } from './duty-types'

/**
 * The text of each kind of duty, as the to-do list, the bell and the e-mail show it. `{subject}` is what its
 * record is called, `{member}` the member it is about, `{detail}` the source's further words in that language.
 */
export const dutyTexts = defineTexts(
  {
    member_decision: '{member} ska besluta: {detail} – {subject}',
    member_decisions_waiting: '{subject}: {detail}',
    gate_decision: 'Beslut väntar: {detail} – {subject}',
    cosign_proposal: '{member} ombeds medunderteckna {subject}',
    cast_ballot: '{member} har inte prioriterat i {subject}',
    approve_minutes: 'Justera protokollet: {subject}',
    post_minutes: 'Anslå justeringen av protokollet: {subject}',
    case_ready: 'Ärendet är klart för sammanträde: {subject}',
    funding_answer: 'Ansökan om extern finansiering väntar på svar: {subject}',
    risk_review: 'Granska risken: {subject}',
    benefit_measurement: '{member} ska mäta nyttan: {detail} – {subject}',
    benefit_baseline: '{member} ska ange utgångsvärden för nyttoindikatorerna: {subject}',
  } satisfies Record<DutyKind, string>,
  {
    member_decision: '{member} is to decide: {detail} – {subject}',
    member_decisions_waiting: '{subject}: {detail}',
    gate_decision: 'Decision waiting: {detail} – {subject}',
    cosign_proposal: '{member} is asked to co-sign {subject}',
    cast_ballot: '{member} has not prioritised in {subject}',
    approve_minutes: 'Approve the minutes: {subject}',
    post_minutes: 'Post the approval of the minutes: {subject}',
    case_ready: 'The case is ready for a meeting: {subject}',
    funding_answer: 'An application for external funding awaits an answer: {subject}',
    risk_review: 'Review the risk: {subject}',
    benefit_measurement: '{member} is to measure the benefit: {detail} – {subject}',
    benefit_baseline: '{member} is to enter baselines for the benefit indicators: {subject}',
  },
)
