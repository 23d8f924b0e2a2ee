import { defineTexts } from '../../shared/texts'

/** The risks module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const risksErrors = defineTexts(
  {
    risk_after_both: 'Ange både sannolikhet och konsekvens efter åtgärder, eller ingen av dem.',
    risk_after_needs_measures: 'Beskriv åtgärderna innan risken bedöms efter åtgärder.',
    risk_strategy_of_kind: 'Strategin passar inte: en risk undviks, reduceras, överförs eller accepteras; en möjlighet utnyttjas, förstärks, delas eller accepteras.',
    risk_owner_required: 'Välj en ägare eller skriv ägarens namn.',
    risk_owner_not_in_collaboration: 'Ägaren har ingen roll i den här samverkan. Välj någon annan eller skriv bara ett namn.',
    risk_member_not_participant: 'Medlemmen deltar inte i initiativet.',
    risk_member_required: 'Som medlemsföreträdare registrerar du risker som rör din egen medlem: välj den.',
    risk_closed: 'Risken är stängd och kan inte ändras.',
    risk_next_review_not_future: 'Nästa granskning ska vara efter i dag.',
  },
  {
    risk_after_both: 'Give both probability and consequence after measures, or neither.',
    risk_after_needs_measures: 'Describe the measures before assessing the risk after them.',
    risk_strategy_of_kind: 'The strategy does not fit: a risk is avoided, reduced, transferred or accepted; an opportunity is exploited, enhanced, shared or accepted.',
    risk_owner_required: 'Choose an owner or type the owner’s name.',
    risk_owner_not_in_collaboration: 'The owner has no role in this collaboration. Choose someone else or type only a name.',
    risk_member_not_participant: 'The member does not take part in the initiative.',
    risk_member_required: 'As a member representative you record risks concerning your own member: choose it.',
    risk_closed: 'The risk is closed and cannot be changed.',
    risk_next_review_not_future: 'The next review must be after today.',
  },
)
