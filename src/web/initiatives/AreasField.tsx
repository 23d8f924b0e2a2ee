import { useTranslation } from 'react-i18next'
import { AREAS, type Area } from '../../shared/initiatives'

/** The areas an initiative or a proposal concerns, as checkboxes kept in the catalogue's order. */
export function AreasField(props: { idPrefix: string; legend: string; hint?: string; error?: string; value: Area[]; onChange: (areas: Area[]) => void; className?: string; listClassName: string }) {
  const { t } = useTranslation()
  const hintId = `${props.idPrefix}-areas-hint`
  const toggle = (area: Area, on: boolean) => props.onChange(on ? AREAS.filter((a) => a === area || props.value.includes(a)) : props.value.filter((a) => a !== area))
  return (
    <fieldset className={props.className} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && <p className="field-error">{props.error}</p>}
      <ul className={props.listClassName}>
        {AREAS.map((area) => (
          <li key={area}>
            <label className="checkbox">
              <input id={`${props.idPrefix}-area-${area}`} type="checkbox" checked={props.value.includes(area)} onChange={(e) => toggle(area, e.target.checked)} />
              {t(`areas.${area}`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
