import { defineTexts } from '../../shared/texts'

/** The decision basis module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const decisionBasisErrors = defineTexts(
  {
    basis_member_not_participating: 'Medlemmen deltar inte i initiativet. Välj en av de deltagande medlemmarna för ett medlemsunderlag.',
    basis_no_gate: 'Initiativet står inte vid någon grind (det är avslutat, eller fasen har ingen grind), så det finns inget beslut att skicka ut underlag för.',
  },
  {
    basis_member_not_participating: 'The member does not take part in the initiative. Choose one of the participating members for a member’s basis.',
    basis_no_gate: 'The initiative is not at a gate (it is completed, or its phase has no gate), so there is no decision to dispatch a basis for.',
  },
)
