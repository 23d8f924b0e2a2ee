import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { formatDate, formatNumber, formatOre, formatPopulation } from '../../shared/format'
import { ApiError } from '../api/client'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { useLanguage } from '../i18n/useLanguage'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { Table } from '../ui/Table'
import { CostKeyDialog } from './CostKeyDialog'
import { formatOrePerInhabitant } from './finance-format'
import { FinanceTabs } from './FinanceTabs'
import { PeriodPicker, useYearParam } from './period'
import { useCostKey, useSetUsage } from './queries'
import { useFinanceRights } from './rights'
import type { CostKey, CostKeyDetail, KeyMember } from './types'
import { RowValueForm } from './RowValueForm'
import './finance.css'

/** Fördelningsnyckel: one version of a key in words, its versions, and every member's figure for a year. */
export function CostKeyPage() {
  const { costKeyId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const [year, setYear] = useYearParam()
  const detail = useCostKey(collaboration.id, costKeyId, year)
  return <QueryView query={detail}>{(data) => <CostKeyView detail={data} onYear={setYear} />}</QueryView>
}

function CostKeyView({ detail, onYear }: { detail: CostKeyDetail; onYear: (year: number) => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = useFinanceRights()
  const [opener, setOpener] = useState<HTMLElement | null>(null)
  const { key } = detail
  // An edit starts from the newest version; an older one is changed by going to the newest.
  const newest = detail.versions.reduce((max, version) => Math.max(max, version.versionNo), key.versionNo)
  return (
    <Page
      title={key.name}
      context={t('finance.key.context', { name: collaboration.name })}
      actions={
        rights.manageKeys &&
        key.latest && (
          <button type="button" className="button button-primary" onClick={(e) => setOpener(e.currentTarget)}>
            {t('finance.key.revise')}
          </button>
        )
      }
    >
      <FinanceTabs collaborationId={collaboration.id} />
      <p className="back-link">
        <Link to={`/collaborations/${collaboration.id}/finance/cost-keys`}>{t('finance.key.backToKeys')}</Link>
      </p>
      <div className="two-columns finance-key-columns">
        <Definition detail={detail} />
        <Versions detail={detail} />
      </div>
      <MemberFigures detail={detail} onYear={onYear} />
      {opener && <CostKeyDialog key={key.id} revise={{ key, newestVersion: newest }} returnFocusTo={opener} onClose={() => setOpener(null)} />}
    </Page>
  )
}

function Definition({ detail }: { detail: CostKeyDetail }) {
  const { t } = useTranslation()
  const { key } = detail
  const nameOf = (memberId: string) => detail.members.find((m) => m.memberId === memberId)?.name ?? memberId
  return (
    <section className="card" aria-labelledby="key-definition-heading">
      <h2 id="key-definition-heading">{t('finance.key.definitionTitle')}</h2>
      <p className="finance-key-words">{keyInWords(key, t)}</p>
      {key.description && <p className="finance-key-description">{key.description}</p>}
      {key.exempt.length > 0 && <p>{t('finance.key.exemptWords')}</p>}
      {key.fixedAmounts.length > 0 && <p>{t('finance.key.fixedWords')}</p>}
      {(key.minimumOre !== null || key.maximumOre !== null) && <p>{t('finance.key.floorCapWords')}</p>}
      <dl className="facts">
        <div>
          <dt>{t('finance.key.kind')}</dt>
          <dd>{t(`costKeyKind.${key.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('finance.key.version')}</dt>
          <dd>{t('finance.key.versionOf', { version: key.versionNo })}</dd>
        </div>
        {key.populationYear !== null && (
          <div>
            <dt>{t('finance.key.populationYear')}</dt>
            <dd>{key.populationYear}</dd>
          </div>
        )}
        {key.fixedFeeOre !== null && (
          <div>
            <dt>{t('finance.key.fixedFee')}</dt>
            <dd>{formatOre(key.fixedFeeOre)}</dd>
          </div>
        )}
        {key.perInhabitantOre !== null && (
          <div>
            <dt>{t('finance.key.perInhabitant')}</dt>
            <dd>{t('finance.key.perInhabitantValue', { amount: formatOrePerInhabitant(key.perInhabitantOre) })}</dd>
          </div>
        )}
        {key.unitName && (
          <div>
            <dt>{t('finance.key.unitName')}</dt>
            <dd>{key.unitName}</dd>
          </div>
        )}
        <div>
          <dt>{t('finance.key.exempt')}</dt>
          <dd>{key.exempt.length === 0 ? t('finance.none') : key.exempt.map(nameOf).join(', ')}</dd>
        </div>
        {key.fixedAmounts.length > 0 && (
          <div>
            <dt>{t('finance.key.fixedAmounts')}</dt>
            <dd>
              <ul className="plain-list">
                {key.fixedAmounts.map((f) => (
                  <li key={f.memberId}>{t('finance.key.fixedAmountItem', { member: nameOf(f.memberId), amount: formatOre(f.amountOre) })}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {key.minimumOre !== null && (
          <div>
            <dt>{t('finance.key.minimum')}</dt>
            <dd>{formatOre(key.minimumOre)}</dd>
          </div>
        )}
        {key.maximumOre !== null && (
          <div>
            <dt>{t('finance.key.maximum')}</dt>
            <dd>{formatOre(key.maximumOre)}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}

/** The key's rule as one sentence. */
function keyInWords(key: CostKey, t: ReturnType<typeof useTranslation>['t']): string {
  switch (key.kind) {
    case 'population':
      return t('finance.key.words.population', { year: key.populationYear ?? '' })
    case 'price':
      return t('finance.key.words.price', { fee: formatOre(key.fixedFeeOre), perInhabitant: formatOrePerInhabitant(key.perInhabitantOre), year: key.populationYear ?? '' })
    case 'units':
      return t('finance.key.words.units', { unit: key.unitName })
    default:
      return t(`finance.key.words.${key.kind}`)
  }
}

function Versions({ detail }: { detail: CostKeyDetail }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = useFinanceRights()
  const versions = [...detail.versions].sort((a, b) => b.versionNo - a.versionNo)
  const latest = versions.find((version) => version.latest)
  return (
    <section className="card" aria-labelledby="key-versions-heading">
      <h2 id="key-versions-heading">{t('finance.key.versionsTitle')}</h2>
      <p className="field-hint">{t('finance.key.versionsIntro')}</p>
      {rights.manageKeys && !detail.key.latest && latest && (
        <p className="field-hint">
          <Link to={`/collaborations/${collaboration.id}/finance/cost-keys/${latest.id}?year=${detail.year}`}>{t('finance.key.reviseFromLatest', { version: latest.versionNo })}</Link>
        </p>
      )}
      <ol className="plain-list finance-versions" reversed>
        {versions.map((version) => {
          const current = version.id === detail.key.id
          const markers = [version.latest && t('finance.key.latest'), current && t('finance.key.shown')].filter(Boolean).join(', ')
          return (
            <li key={version.id}>
              <Link to={`/collaborations/${collaboration.id}/finance/cost-keys/${version.id}?year=${detail.year}`} aria-current={current ? 'page' : undefined}>
                {t('finance.key.versionOf', { version: version.versionNo })}
              </Link>
              {markers && <span className="muted"> ({markers})</span>}
              <span className="cell-secondary">
                {t('finance.key.createdBy', { date: formatDate(version.createdAt), name: version.createdBy })} · {t('finance.key.usedBy', { count: version.usedBy })}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function MemberFigures({ detail, onYear }: { detail: CostKeyDetail; onYear: (year: number) => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const rights = useFinanceRights()
  const { key } = detail
  const showUnits = key.kind === 'units' || detail.members.some((m) => m.units !== null)
  const showWeights = key.kind === 'weights' || detail.members.some((m) => m.weight !== null)
  const showFixed = detail.members.some((m) => m.fixedAmountOre !== null)
  const editsUnits = key.kind === 'units' && detail.members.some((m) => rights.maySetUsageFor(m.memberId))
  const unit = key.unitName
  return (
    <section className="card table-card" aria-labelledby="key-members-heading">
      <div className="card-heading section-heading">
        <h2 id="key-members-heading">{t('finance.key.membersTitle', { year: detail.year })}</h2>
        <PeriodPicker idPrefix="key" period={{ year: detail.year, quarter: null }} onChange={(next) => onYear(next.year)} withQuarter={false} />
      </div>
      {editsUnits && <p className="finance-card-text">{t('finance.key.usageIntro', { year: detail.year })}</p>}
      <Table captionId="key-members-caption" caption={t('finance.key.membersCaption', { name: key.name, year: detail.year })} captionClassName="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('finance.key.member')}</th>
            <th scope="col">{t('finance.key.code')}</th>
            <th scope="col" className="numeric">
              {t('finance.key.population')}
            </th>
            {showUnits && (
              <th scope="col" className={editsUnits ? undefined : 'numeric'}>
                {unit ? t('finance.key.units', { unit }) : t('finance.key.unitsNoName')}
              </th>
            )}
            {showWeights && (
              <th scope="col" className="numeric">
                {t('finance.key.weight')}
              </th>
            )}
            <th scope="col">{t('finance.key.exemptColumn')}</th>
            {showFixed && (
              <th scope="col" className="numeric">
                {t('finance.key.fixedAmount')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {detail.members.map((m) => (
            <tr key={m.memberId} className={m.exempt ? 'row-muted' : undefined}>
              <th scope="row">{m.name}</th>
              <td className="code">{m.code ?? '–'}</td>
              <td className="numeric key-population">
                {m.populationYear ? t('finance.key.populationValue', { population: formatPopulation(m.population, language), year: m.populationYear }) : formatPopulation(m.population, language)}
              </td>
              {showUnits && (
                <td className={editsUnits ? undefined : 'numeric'}>
                  {key.kind === 'units' && rights.maySetUsageFor(m.memberId) ? <UsageForm detail={detail} member={m} unit={unit} /> : formatNumber(m.units)}
                </td>
              )}
              {showWeights && <td className="numeric">{formatNumber(m.weight)}</td>}
              <td>{m.exempt ? t('finance.key.yes') : ''}</td>
              {showFixed && <td className="numeric">{formatOre(m.fixedAmountOre)}</td>}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}

/** A member's usage for the year, edited in its row; the version read goes with it so a concurrent change is a 409, not lost. */
function UsageForm({ detail, member, unit }: { detail: CostKeyDetail; member: KeyMember; unit: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const save = useSetUsage(collaboration.id)
  const [value, setValue] = useState(member.units === null ? '' : String(member.units))
  const [invalid, setInvalid] = useState(false)
  const id = `usage-${member.memberId}`
  const submit = () => {
    const text = value.replace(/[\s\u00a0]/g, '')
    if (!/^\d+$/.test(text)) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    save.mutate({ memberId: member.memberId, body: { costKeyId: detail.key.id, year: detail.year, units: Number(text), version: member.unitsVersion } })
  }
  const error = save.error instanceof ApiError ? save.error : save.error ? new ApiError(0, 'unknown', t('common.errorTitle'), {}) : null
  const message = invalid ? t('finance.key.unitsInvalid') : error ? [error.title, ...error.messages.map((m) => m.message)].filter((text, i, all) => all.indexOf(text) === i).join(' ') : ''
  return (
    <RowValueForm id={id} label={t('finance.key.usageLabel', { unit, member: member.name, year: detail.year })} inputMode="numeric" value={value} onChange={setValue} onSubmit={submit} pending={save.isPending}
      save={t('finance.key.saveUsage')} saving={t('finance.key.savingUsage')} rowName={member.name} message={message}
      saved={save.isSuccess ? t('finance.key.usageSaved', { value: formatNumber(save.data.units), unit, member: member.name }) : null}
    />
  )
}
