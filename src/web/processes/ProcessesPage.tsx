import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import type { Processes } from '../api/types'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { allows } from '../collaborations/queries'
import { useLocalName } from '../initiative/names'
import { Page } from '../ui/Page'
import { QueryView, SuccessMessage } from '../ui/Status'
import { ColumnHeads, numeric, Table } from '../ui/Table'
import { CopyDialog, type CopySource } from './CopyDialog'
import { ProcessEditor } from './ProcessEditor'
import { ProcessView } from './ProcessView'
import { useProcessChanges, useProcesses, type ProcessChanges } from './queries'
import '../initiative/initiative.css'
import './processes.css'

/** Processmodeller: the collaboration's own models and the templates it can start from; the coordinator copies and edits. */
export function ProcessesPage() {
  const { t } = useTranslation()
  const { collaboration, permissions } = useCurrentCollaboration()
  const processes = useProcesses(collaboration.id)
  const changes = useProcessChanges(collaboration.id)
  const mayChange = allows(permissions, 'processes', 'change')
  return (
    <Page title={t('processes.title')} context={collaboration.name} intro={t('processes.intro')}>
      <QueryView query={processes}>{(data) => <ProcessesView processes={data} changes={mayChange ? changes : null} />}</QueryView>
    </Page>
  )
}

function ProcessesView({ processes, changes }: { processes: Processes; changes: ProcessChanges | null }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [params, setParams] = useSearchParams()
  const [copying, setCopying] = useState<{ source: CopySource; opener: HTMLElement } | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const modelId = params.get('model')
  const templateKey = params.get('template')
  const editing = params.get('edit') === '1'
  const model = processes.models.find((m) => m.id === modelId)
  const template = processes.templates.find((m) => m.key === templateKey)
  const models = [...processes.models].sort((a, b) => name(a).localeCompare(name(b), 'sv') || b.version - a.version)
  const show = (next: Record<string, string>) => {
    setParams(next, { replace: true })
    requestAnimationFrame(() => document.getElementById('process-view-heading')?.focus())
  }
  return (
    <>
      {saved && <SuccessMessage>{saved}</SuccessMessage>}
      <section className="card table-card" aria-labelledby="models-caption">
        <Table captionId="models-caption" caption={t('processes.models')}>
          <ColumnHeads columns={[t('processes.name'), numeric(t('processes.version')), t('processes.default'), numeric(t('processes.initiatives')), t('processes.actions')]} />
          <tbody>
            {models.map((m) => (
              <tr key={m.id} className={m.latest ? (m.id === modelId ? 'row-current' : undefined) : 'row-muted'}>
                <th scope="row">
                  {name(m)}
                  {!m.latest && <span className="cell-secondary">{t('processes.olderVersion')}</span>}
                </th>
                <td className="numeric">{m.version}</td>
                <td>{m.isDefault && m.latest ? t('processes.isDefault') : ''}</td>
                <td className="numeric">{m.initiatives}</td>
                <td>
                  <div className="button-row table-actions">
                    <button type="button" className="button-link" aria-label={t('processes.showLabel', { name: name(m), version: m.version })} onClick={() => show({ model: m.id })}>
                      {t('processes.show')}
                    </button>
                    {changes && (
                      <button type="button" className="button-link" aria-label={t('processes.copyLabel', { name: name(m) })} onClick={(e) => setCopying({ source: { kind: 'model', id: m.id, nameSv: m.nameSv, nameEn: m.nameEn }, opener: e.currentTarget })}>
                        {t('processes.copy')}
                      </button>
                    )}
                    {changes && m.latest && (
                      <button type="button" className="button-link" aria-label={t('processes.editLabel', { name: name(m) })} onClick={() => show({ model: m.id, edit: '1' })}>
                        {t('processes.edit')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {models.length === 0 && (
          <div className="card-inset">
            <p className="empty">{t('processes.noModels')}</p>
          </div>
        )}
      </section>
      <section className="card table-card" aria-labelledby="templates-caption">
        <Table captionId="templates-caption" caption={t('processes.templates')}>
          <ColumnHeads columns={[t('processes.name'), t('processes.description'), numeric(t('processes.phaseCount')), t('processes.actions')]} />
          <tbody>
            {processes.templates.map((tpl) => (
              <tr key={tpl.key} className={tpl.key === templateKey ? 'row-current' : undefined}>
                <th scope="row">{name(tpl)}</th>
                <td className="cell-wrap">{tpl.description}</td>
                <td className="numeric">{tpl.definition.phases.length}</td>
                <td>
                  <div className="button-row table-actions">
                    <button type="button" className="button-link" aria-label={t('processes.showTemplateLabel', { name: name(tpl) })} onClick={() => show({ template: tpl.key })}>
                      {t('processes.show')}
                    </button>
                    {changes && (
                      <button type="button" className="button-link" aria-label={t('processes.copyLabel', { name: name(tpl) })} onClick={(e) => setCopying({ source: { kind: 'template', id: tpl.key, nameSv: tpl.nameSv, nameEn: tpl.nameEn }, opener: e.currentTarget })}>
                        {t('processes.copy')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
      {model && editing && changes ? (
        <ProcessEditor
          key={model.id}
          model={model}
          changes={changes}
          onCancel={() => show({ model: model.id })}
          onSaved={(next) => {
            setSaved(t('processes.editor.saved', { name: name(next), version: next.version }))
            show({ model: next.id })
          }}
        />
      ) : model ? (
        <ProcessView title={t('processes.viewModel', { name: name(model), version: model.version })} description={model.description} definition={model.definition} />
      ) : template ? (
        <ProcessView title={t('processes.viewTemplate', { name: name(template) })} description={template.description} definition={template.definition} />
      ) : (
        <p className="muted">{t('processes.chooseOne')}</p>
      )}
      {copying && changes && (
        <CopyDialog
          source={copying.source}
          changes={changes}
          returnFocusTo={copying.opener}
          onClose={() => setCopying(null)}
          onCopied={(copy) => {
            setCopying(null)
            setSaved(t('processes.copied', { name: name(copy) }))
            show({ model: copy.id })
          }}
        />
      )}
    </>
  )
}
