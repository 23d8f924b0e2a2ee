import { useTranslation } from 'react-i18next'
import type { Finding } from '../api/types'

const order = { error: 0, warning: 1, info: 2 } as const

/** The legal-form check: each finding with its severity in words (not colour alone) and the server's message. */
export function Findings({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation()
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity])
  return (
    <section className="card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('governance.findingsTitle')}</h2>
      {sorted.length === 0 ? (
        <p>{t('governance.findingsNone')}</p>
      ) : (
        <ul className="findings">
          {sorted.map((finding, i) => (
            <li key={`${finding.code}-${i}`} className={`finding finding-${finding.severity}`}>
              <span className={`badge badge-${finding.severity}`}>{t(`governance.severity.${finding.severity}`)}</span> {finding.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
