import { defineTexts } from '../../shared/texts'

/** The decisions module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const decisionsErrors = defineTexts(
  {
    body_lacks_mandate: '{body} har inte mandat att besluta om {kind}. Ge organet mandatet under Organisation och beslut, eller välj organet som har det.',
    initiative_closed: 'Initiativet är {status}; inga fler beslut kan registreras.',
    decision_in_future: 'Ett beslut kan inte vara fattat i framtiden. Registrera det när det är fattat.',
    decision_before_registration: 'Beslutet är daterat före initiativet registrerades ({registeredOn}). Kontrollera datumet.',
    nobody_to_remind: 'Alla deltagare har redan beslutat vid grinden.',
    body_keeps_minutes: '{body} för sina protokoll i Samverka sedan {from}. Hämta beslutet från protokollets paragraf i stället för att skriva in det.',
    external_reference_required: 'Ange var beslutet finns, t.ex. protokollets datum och paragraf eller diarienummer.',
    paragraph_not_found: 'Paragrafen finns inte i den här samverkans protokoll.',
    paragraph_other_body: 'Paragrafen är {body}s, inte det organ som ska besluta här.',
    paragraph_other_case: 'Paragrafen gäller inte det här initiativet.',
    paragraph_already_used: 'Paragrafen är redan registrerad som beslut ({reference}).',
    paragraph_not_held: 'Sammanträdet med paragrafen har inte hållits.',
  },
  {
    body_lacks_mandate: '{body} has no mandate to decide on {kind}. Give the body the mandate under Organisation and decisions, or choose the body that has it.',
    initiative_closed: 'The initiative is {status}; no more decisions can be recorded.',
    decision_in_future: 'A decision cannot be taken in the future. Record it once it is taken.',
    decision_before_registration: 'The decision is dated before the initiative was registered ({registeredOn}). Check the date.',
    nobody_to_remind: 'Every participant has already decided at the gate.',
    body_keeps_minutes: '{body} keeps its minutes in Samverka since {from}. Take the decision from the paragraph of the minutes instead of typing it.',
    external_reference_required: 'Say where the decision is found, e.g. the date and paragraph of the minutes or a registration number.',
    paragraph_not_found: 'The paragraph is not in this collaboration\'s minutes.',
    paragraph_other_body: 'The paragraph is {body}\'s, not the deciding body\'s here.',
    paragraph_other_case: 'The paragraph is not about this initiative.',
    paragraph_already_used: 'The paragraph is already recorded as a decision ({reference}).',
    paragraph_not_held: 'The meeting with the paragraph has not been held.',
  },
)
