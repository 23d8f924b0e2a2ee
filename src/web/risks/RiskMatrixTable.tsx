import { useTranslation } from 'react-i18next'
import type { RiskMatrixData } from './queries'

const SCALE = [1, 2, 3, 4, 5]

/**
 * The 5×5 matrix as a real table: probability 5…1 as row headers, consequence 1…5 as column headers, the count of
 * open risks in each cell with its level in words (the colour only repeats it), and the total below.
 */
export function RiskMatrixTable({ matrix, captionId, caption }: { matrix: RiskMatrixData; captionId: string; caption: string }) {
  const { t } = useTranslation()
  const cell = (p: number, c: number) => matrix.cells.find((x) => x.probability === p && x.consequence === c)!
  return (
    <div className="risk-matrix-wrap">
      <table className="risk-matrix" aria-describedby={`${captionId}-total`}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <td className="risk-matrix-corner">
              <span className="visually-hidden">{t('risks.matrix.probability')} / {t('risks.matrix.consequence')}</span>
            </td>
            {SCALE.map((c) => (
              <th scope="col" key={c}>
                <span className="risk-axis">{t('risks.matrix.consequence')}</span> {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((p) => (
            <tr key={p}>
              <th scope="row">
                <span className="risk-axis">{t('risks.matrix.probability')}</span> {p}
              </th>
              {SCALE.map((c) => {
                const here = cell(p, c)
                return (
                  <td key={c} className={`risk-cell level-${here.level}${here.count > 0 ? ' risk-cell-filled' : ''}`} data-testid={`risk-cell-${p}-${c}`}>
                    <span className="risk-count">{here.count}</span> <span className="risk-cell-level">{t(`risks.level.${here.level}`)}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${captionId}-total`} className="muted">
        {t('risks.matrix.total', { count: matrix.total })}
      </p>
    </div>
  )
}
