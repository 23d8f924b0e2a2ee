import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { QueryView } from '../ui/Status'
import { ColumnHeads, Table } from '../ui/Table'
import { formatBasisPoints, formatChange, formatIndicatorValue } from './benefits-format'
import { EffectDialog, FiguresDialog, IndicatorDialog, MeasurementDialog } from './BenefitDialogs'
import { BenefitsTransfer } from './BenefitsTransfer'
import { IndicatorChart } from './IndicatorChart'
import { useBenefitChanges, useInitiativeBenefits } from './queries'
import type { Effect, Indicator, InitiativeBenefits, MemberFigures } from './types'
import './benefits.css'

type Open =
  | { kind: 'addEffect'; opener: HTMLElement }
  | { kind: 'editEffect'; effect: Effect; opener: HTMLElement }
  | { kind: 'addIndicator'; effect: Effect; opener: HTMLElement }
  | { kind: 'figures'; indicator: Indicator; figures: MemberFigures; opener: HTMLElement }
  | { kind: 'measurement'; indicator: Indicator; figures: MemberFigures; opener: HTMLElement }

/** Nyttor: the initiative's effects, their indicators, and each participating member's baseline, target and measurements. */
export function BenefitsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const benefits = useInitiativeBenefits(collaboration.id, initiativeId)
  return (
    <section className="card benefits" aria-labelledby="benefits-heading">
      <h2 id="benefits-heading">{t('benefits.title')}</h2>
      <p className="field-hint">{t('benefits.intro')}</p>
      <QueryView query={benefits}>{(data) => <BenefitsView data={data} />}</QueryView>
    </section>
  )
}

function BenefitsView({ data }: { data: InitiativeBenefits }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const changes = useBenefitChanges(collaboration.id, data.initiativeId)
  const [open, setOpen] = useState<Open | null>(null)
  const close = () => setOpen(null)
  const mayEdit = (memberId: string) => data.mayEditAll || data.editableMemberIds.includes(memberId)
  return (
    <>
      <div className="benefits-goal">
        <h3>{t('benefits.goal')}</h3>
        <p className="fact-text">{data.goal || <span className="muted">{t('benefits.noGoal')}</span>}</p>
      </div>
      {data.mayEditAll && (
        <p>
          <button type="button" className="button button-secondary" onClick={(e) => setOpen({ kind: 'addEffect', opener: e.currentTarget })}>
            {t('benefits.addEffect')}
          </button>
        </p>
      )}
      {data.effects.length === 0 && <p className="empty">{t('benefits.empty')}</p>}
      {data.effects.map((effect) => (
        <div key={effect.id} className="benefit-effect">
          <h3>{t('benefits.effectHeading', { title: effect.title })}</h3>
          {effect.description && <p className="fact-text">{effect.description}</p>}
          {data.mayEditAll && (
            <div className="button-row">
              <button type="button" className="button button-secondary button-small" aria-label={t('benefits.editEffect', { title: effect.title })} onClick={(e) => setOpen({ kind: 'editEffect', effect, opener: e.currentTarget })}>
                {t('benefits.effectDialog.editTitle')}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={(e) => setOpen({ kind: 'addIndicator', effect, opener: e.currentTarget })}>
                {t('benefits.addIndicator', { title: effect.title })}
              </button>
            </div>
          )}
          {effect.indicators.length === 0 && <p className="empty">{t('benefits.noIndicators')}</p>}
          {effect.indicators.map((indicator) => (
            <IndicatorBlock
              key={indicator.id}
              indicator={indicator}
              mayEdit={mayEdit}
              onFigures={(figures, opener) => setOpen({ kind: 'figures', indicator, figures, opener })}
              onMeasurement={(figures, opener) => setOpen({ kind: 'measurement', indicator, figures, opener })}
            />
          ))}
        </div>
      ))}
      <BenefitsTransfer initiativeId={data.initiativeId} mayImport={data.mayEditAll} changes={changes} />
      {open?.kind === 'addEffect' && <EffectDialog effect={null} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.kind === 'editEffect' && <EffectDialog effect={open.effect} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.kind === 'addIndicator' && <IndicatorDialog effect={open.effect} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.kind === 'figures' && <FiguresDialog indicator={open.indicator} figures={open.figures} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.kind === 'measurement' && <MeasurementDialog indicator={open.indicator} figures={open.figures} changes={changes} returnFocusTo={open.opener} onClose={close} />}
    </>
  )
}

function IndicatorBlock({
  indicator,
  mayEdit,
  onFigures,
  onMeasurement,
}: {
  indicator: Indicator
  mayEdit: (memberId: string) => boolean
  onFigures: (figures: MemberFigures, opener: HTMLElement) => void
  onMeasurement: (figures: MemberFigures, opener: HTMLElement) => void
}) {
  const { t } = useTranslation()
  const anyEditable = indicator.members.some((m) => mayEdit(m.memberId))
  const captionId = `indicator-${indicator.id}-caption`
  const meta = {
    class: t(`benefits.classes.${indicator.benefitClass}`),
    direction: t(`benefits.directions.${indicator.direction}`),
    months: indicator.measureEveryMonths,
  }
  const value = (v: number | null | undefined) => formatIndicatorValue(v, indicator.unit)
  return (
    <div className="benefit-indicator">
      <h4>{indicator.name}</h4>
      <p className="cell-secondary">
        {indicator.measureEveryMonths === 1 ? t('benefits.indicatorMetaMonthly', meta) : t('benefits.indicatorMeta', meta)} · {t('benefits.unitLabel', { unit: indicator.unit })}
      </p>
      <Table stack captionId={captionId} caption={t('benefits.tableCaption', { name: indicator.name })} captionClassName="visually-hidden">
        <ColumnHeads
          columns={[
            t('benefits.member'),
            t('benefits.baseline'),
            t('benefits.target'),
            t('benefits.latest'),
            t('benefits.change'),
            t('benefits.realisation'),
            ...(anyEditable ? [t('benefits.actions')] : []),
          ]}
        />
        <tbody>
          {indicator.members.map((figures) => {
            const latest = figures.measurements.at(-1)
            return (
              <tr key={figures.memberId}>
                <th scope="row">{figures.memberName}</th>
                <td>
                  {figures.baseline ? (
                    <>
                      <span className="nowrap">{value(figures.baseline.value)}</span>
                      <span className="cell-secondary">{formatDate(figures.baseline.date)}</span>
                      {figures.baseline.source && <span className="cell-secondary">{t('benefits.baselineSource', { source: figures.baseline.source })}</span>}
                    </>
                  ) : (
                    <span className="muted">{t('benefits.noFigure')}</span>
                  )}
                </td>
                <td>
                  {figures.target ? (
                    <>
                      <span className="nowrap">{value(figures.target.value)}</span>
                      <span className="cell-secondary">{formatDate(figures.target.date)}</span>
                    </>
                  ) : (
                    <span className="muted">{t('benefits.noFigure')}</span>
                  )}
                </td>
                <td>
                  {latest ? (
                    <>
                      <span className="nowrap">{value(latest.value)}</span>
                      <span className="cell-secondary">{formatDate(latest.date)}</span>
                    </>
                  ) : (
                    <span className="muted">{t('benefits.noFigure')}</span>
                  )}
                </td>
                <td className="nowrap">{formatChange(figures.realisedChange, indicator.unit)}</td>
                <td className="nowrap">{formatBasisPoints(figures.realisationBasisPoints)}</td>
                {anyEditable && (
                  <td>
                    {mayEdit(figures.memberId) && (
                      <div className="button-row">
                        <button type="button" className="button button-secondary button-small" aria-label={`${t('benefits.setFigures', { member: figures.memberName })}, ${indicator.name}`} onClick={(e) => onFigures(figures, e.currentTarget)}>
                          {t('benefits.setFiguresShort')}
                        </button>
                        <button type="button" className="button button-secondary button-small" aria-label={`${t('benefits.addMeasurement', { member: figures.memberName })}, ${indicator.name}`} onClick={(e) => onMeasurement(figures, e.currentTarget)}>
                          {t('benefits.addMeasurementShort')}
                        </button>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </Table>
      <IndicatorChart indicator={indicator} />
    </div>
  )
}
