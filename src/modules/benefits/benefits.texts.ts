import { defineTexts } from '../../shared/texts'

/** The benefits module's error texts (codes of AppError and fieldError): Swedish first, English checked against it. */
export const benefitsErrors = defineTexts(
  {
    benefit_member_not_participating: 'Medlemmen deltar inte i initiativet. Bara deltagande medlemmar har utgångsvärden och mätningar.',
    benefit_target_incomplete: 'Ange både målvärde och måldatum, eller inget av dem.',
    benefit_target_before_baseline: 'Måldatumet kan inte ligga före utgångsvärdets datum ({date}).',
    benefit_baseline_in_future: 'Utgångsvärdet kan inte avse ett datum som inte har kommit än.',
    benefit_baseline_after_measurement: 'Det finns en mätning den {date}; utgångsvärdets datum kan inte ligga efter den.',
    benefit_baseline_required: 'Ange medlemmens utgångsvärde för indikatorn innan du registrerar mätningar.',
    benefit_measurement_before_baseline: 'En mätning kan inte ligga före utgångsvärdets datum ({date}).',
    benefit_measurement_in_future: 'En mätning kan inte avse ett datum som inte har kommit än.',
    benefit_effect_has_measurements: 'Effekten har mätningar och kan inte tas bort. Ta bort mätningarna först, om den verkligen ska bort.',
    benefit_import_invalid: 'Filen kunde inte läsas in; inget sparades. Rätta raderna nedan och försök igen.',
    benefit_import_column: 'Kolumnen {column} saknas eller har fel värde: {detail}',
    benefit_import_file: 'Filen kunde inte tolkas som CSV med semikolon eller som Excel (.xlsx).',
  },
  {
    benefit_member_not_participating: 'The member does not take part in the initiative. Only participating members have baselines and measurements.',
    benefit_target_incomplete: 'Give both the target value and the target date, or neither.',
    benefit_target_before_baseline: 'The target date cannot be before the baseline date ({date}).',
    benefit_baseline_in_future: 'The baseline cannot be dated on a day that has not come yet.',
    benefit_baseline_after_measurement: 'There is a measurement on {date}; the baseline cannot be dated after it.',
    benefit_baseline_required: 'Enter the member’s baseline for the indicator before recording measurements.',
    benefit_measurement_before_baseline: 'A measurement cannot be dated before the baseline date ({date}).',
    benefit_measurement_in_future: 'A measurement cannot be dated on a day that has not come yet.',
    benefit_effect_has_measurements: 'The effect has measurements and cannot be deleted. Delete the measurements first if it really is to go.',
    benefit_import_invalid: 'The file could not be imported; nothing was saved. Correct the rows below and try again.',
    benefit_import_column: 'The column {column} is missing or has a wrong value: {detail}',
    benefit_import_file: 'The file could not be read as semicolon-separated CSV nor as Excel (.xlsx).',
  },
)
