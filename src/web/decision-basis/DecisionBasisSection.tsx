import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime, formatOre } from '../../shared/format'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { Dialog } from '../ui/Dialog'
import { FormActions } from '../ui/FormActions'
import { SelectField } from '../ui/SelectField'
import { ErrorSummary, QueryView, SuccessMessage } from '../ui/Status'
import { ColumnHeads, numeric, Table, TotalRow } from '../ui/Table'
import { draftFileUrl, useDecisionBasis, useDispatchDecisionBasis, versionFileUrl, type DecisionBasis, type DecisionBasisVersion } from './queries'
import './decision-basis.css'

type Block = DecisionBasis['sections'][number]['blocks'][number]

/** Beslutsunderlag on the initiative page: the draft's preview and files (common or one member's), dispatch, and the dispatched versions. */
export function DecisionBasisSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const [memberId, setMemberId] = useState('')
  const basis = useDecisionBasis(collaboration.id, initiativeId, memberId)
  return (
    <section className="card decision-basis" aria-labelledby="decision-basis-heading">
      <h2 id="decision-basis-heading">{t('decisionBasis.title')}</h2>
      <p className="field-hint">{t('decisionBasis.intro')}</p>
      <QueryView query={basis}>{(data) => <BasisView basis={data} initiativeId={initiativeId} memberId={memberId} onMember={setMemberId} />}</QueryView>
    </section>
  )
}

function BasisView({ basis, initiativeId, memberId, onMember }: { basis: DecisionBasis; initiativeId: string; memberId: string; onMember: (memberId: string) => void }) {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const mayDispatch = allows(permissions, 'decision-basis', 'dispatch')
  const [confirming, setConfirming] = useState<HTMLElement | null>(null)
  const [dispatched, setDispatched] = useState<DecisionBasisVersion | null>(null)
  const nextNumber = (basis.versions[0]?.number ?? 0) + 1
  return (
    <>
      {dispatched && <SuccessMessage>{t('decisionBasis.dispatched', { number: dispatched.number, hash: dispatched.contentHash.slice(0, 12), register: dispatched.registerNumber ?? '–' })}</SuccessMessage>}
      {!basis.atGate && <p>{t('decisionBasis.notAtGate')}</p>}
      <div className="decision-basis-files">
        <SelectField
          id="decision-basis-member"
          label={t('decisionBasis.variant')}
          hint={t('decisionBasis.variantHint')}
          value={memberId}
          onChange={onMember}
          empty={t('decisionBasis.common')}
          options={basis.variants.map((v) => ({ value: v.memberId, label: v.name }))}
        />
        <p className="decision-basis-downloads">
          <a className="button button-secondary" href={draftFileUrl(collaboration.id, initiativeId, 'pdf', memberId)} download>
            {t('decisionBasis.downloadPdf')}
          </a>
          <a className="button button-secondary" href={draftFileUrl(collaboration.id, initiativeId, 'docx', memberId)} download>
            {t('decisionBasis.downloadDocx')}
          </a>
          {mayDispatch && basis.atGate && (
            <button type="button" className="button button-primary" onClick={(e) => setConfirming(e.currentTarget)}>
              {t('decisionBasis.dispatch')}
            </button>
          )}
        </p>
      </div>
      <p className="cell-secondary">
        {t('decisionBasis.draftHash')}: <Hash hash={basis.draftHash} />
      </p>
      {basis.unmet.length > 0 && (
        <div className="alert alert-warning">
          <h3 className="alert-title">{t('decisionBasis.unmet', { count: basis.unmet.length })}</h3>
          <ul>
            {basis.unmet.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <CostTable basis={basis} />
      <details className="decision-basis-preview">
        <summary>{t('decisionBasis.preview', { sections: basis.sections.length })}</summary>
        <article lang="sv" className="decision-basis-document" aria-label={basis.title}>
          <h3>{basis.title}</h3>
          <p className="cell-secondary">{basis.subtitle}</p>
          {basis.sections.map((section) => (
            <section key={section.key} aria-labelledby={`basis-${section.key}`}>
              <h4 id={`basis-${section.key}`}>{section.heading}</h4>
              {section.blocks.map((block, i) => (
                <PreviewBlock key={i} block={block} id={`basis-${section.key}-${i}`} />
              ))}
            </section>
          ))}
        </article>
      </details>
      <Versions basis={basis} initiativeId={initiativeId} memberId={memberId} />
      {confirming && <DispatchDialog initiativeId={initiativeId} number={nextNumber} returnFocusTo={confirming} onClose={() => setConfirming(null)} onDispatched={setDispatched} />}
    </>
  )
}

/** A hash shown short, the whole of it in the title and copyable. */
function Hash({ hash }: { hash: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    await navigator.clipboard?.writeText(hash)
    setCopied(true)
  }
  return (
    <span className="basis-hash">
      <code title={hash} data-hash={hash}>
        {hash.slice(0, 12)}…
      </code>{' '}
      <button type="button" className="button-link" onClick={() => void copy()} aria-label={`${t('decisionBasis.copy')} ${hash}`}>
        {copied ? t('decisionBasis.copied') : t('decisionBasis.copy')}
      </button>
    </span>
  )
}

function CostTable({ basis }: { basis: DecisionBasis }) {
  const { t } = useTranslation()
  const { costs } = basis
  if (costs.years.length === 0) return <p>{t('decisionBasis.noBudget')}</p>
  const rows = basis.memberId ? costs.perMember.filter((m) => m.memberId === basis.memberId) : costs.perMember
  const byYear = costs.years.map((_, i) => costs.perMember.reduce((sum, m) => sum + m.byYear[i]!, 0))
  return (
    <Table captionId="decision-basis-costs" caption={t('decisionBasis.costsCaption')}>
      <ColumnHeads columns={[t('decisionBasis.member'), ...costs.years.map((y) => numeric(String(y))), numeric(t('decisionBasis.total'))]} />
      <tbody>
        {rows.map((m) => (
          <tr key={m.memberId}>
            <th scope="row">{m.name}</th>
            {m.byYear.map((ore, i) => (
              <td key={costs.years[i]} className="numeric">
                {formatOre(ore)}
              </td>
            ))}
            <td className="numeric" data-member-total={m.memberId}>
              {formatOre(m.totalOre)}
            </td>
          </tr>
        ))}
        {!basis.memberId && costs.unallocatedOre !== 0 && (
          <tr>
            <th scope="row">{t('decisionBasis.unallocated')}</th>
            {costs.years.map((y) => (
              <td key={y} className="numeric">
                –
              </td>
            ))}
            <td className="numeric">{formatOre(costs.unallocatedOre)}</td>
          </tr>
        )}
      </tbody>
      {!basis.memberId && (
        <TotalRow label={t('decisionBasis.sum')}>
          {byYear.map((ore, i) => (
            <td key={costs.years[i]} className="numeric">
              {formatOre(ore)}
            </td>
          ))}
          <td className="numeric">{formatOre(costs.totalOre)}</td>
        </TotalRow>
      )}
    </Table>
  )
}

function PreviewBlock({ block, id }: { block: Block; id: string }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )
    case 'numbered':
      return (
        <ol>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      )
    case 'table':
      return (
        <Table captionId={id} caption={block.caption} stack>
          <ColumnHeads columns={block.columns.map((c, i) => (block.numeric[i] ? numeric(c) : c))} />
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th scope="row" key={c}>
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className={block.numeric[c] ? 'numeric' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          {block.total && (
            <TotalRow label={block.total[0]}>
              {block.total.slice(1).map((cell, c) => (
                <td key={c} className="numeric">
                  {cell}
                </td>
              ))}
            </TotalRow>
          )}
        </Table>
      )
  }
}

function Versions({ basis, initiativeId, memberId }: { basis: DecisionBasis; initiativeId: string; memberId: string }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  return (
    <>
      <h3 id="decision-basis-versions">{t('decisionBasis.versions')}</h3>
      {basis.versions.length === 0 ? (
        <p>{t('decisionBasis.noVersions')}</p>
      ) : (
        <Table captionId="decision-basis-versions-caption" caption={t('decisionBasis.versions')} captionClassName="visually-hidden" stack>
          <ColumnHeads columns={[t('decisionBasis.version'), t('decisionBasis.dispatchedAt'), t('decisionBasis.dispatchedBy'), t('decisionBasis.hash'), t('decisionBasis.register'), t('decisionBasis.files')]} />
          <tbody>
            {basis.versions.map((v) => (
              <tr key={v.id} data-version={v.number}>
                <th scope="row">{v.number}</th>
                <td className="nowrap">{formatDateTime(v.dispatchedAt)}</td>
                <td>{v.dispatchedBy}</td>
                <td>
                  <Hash hash={v.contentHash} />
                </td>
                <td>{v.registerNumber ?? '–'}</td>
                <td>
                  <a href={versionFileUrl(collaboration.id, initiativeId, v.id, 'pdf', memberId)} download>
                    {t('decisionBasis.versionPdf', { number: v.number })}
                  </a>
                  <br />
                  <a href={versionFileUrl(collaboration.id, initiativeId, v.id, 'docx', memberId)} download>
                    {t('decisionBasis.versionDocx', { number: v.number })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  )
}

function DispatchDialog({ initiativeId, number, returnFocusTo, onClose, onDispatched }: { initiativeId: string; number: number; returnFocusTo: HTMLElement; onClose: () => void; onDispatched: (version: DecisionBasisVersion) => void }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const dispatch = useDispatchDecisionBasis(collaboration.id, initiativeId)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    dispatch.mutate(undefined, {
      onSuccess: (version) => {
        onDispatched(version)
        onClose()
      },
    })
  }
  return (
    <Dialog titleId="decision-basis-dispatch-title" title={t('decisionBasis.dispatchTitle')} onClose={onClose} returnFocusTo={returnFocusTo}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('decisionBasis.dispatchText')}</p>
        <ErrorSummary error={dispatch.error} />
        <FormActions pending={dispatch.isPending} label={t('decisionBasis.dispatchConfirm', { number })} pendingLabel={t('decisionBasis.dispatching')} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
