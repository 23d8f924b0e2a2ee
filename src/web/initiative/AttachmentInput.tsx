import { useRef, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../shared/format'
import { ApiError } from '../api/client'
import { Field } from '../ui/Field'
import { attachmentUrl, useUploadAttachment } from './queries'

export interface AttachedFile {
  id: string
  fileName: string
  sizeBytes: number
}

/** "12 kB": a file's size, rounded up to whole kilobytes. */
export function fileSize(bytes: number): string {
  return `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))}\u00a0kB`
}

/** A link that downloads an attachment, with its size. */
export function AttachmentLink({ collaborationId, file }: { collaborationId: string; file: AttachedFile }) {
  return (
    <a href={attachmentUrl(collaborationId, file.id)} download={file.fileName}>
      {file.fileName} <span className="muted">({fileSize(file.sizeBytes)})</span>
    </a>
  )
}

/** Choose a file: it is uploaded at once, and listed with a button to take it away again. */
export function AttachmentInput({
  id,
  label,
  hint,
  collaborationId,
  files,
  max,
  error,
  onChange,
}: {
  id: string
  label: string
  hint?: string
  collaborationId: string
  files: AttachedFile[]
  max: number
  error?: string
  onChange: (files: AttachedFile[]) => void
}) {
  const { t } = useTranslation()
  const uploadFile = useUploadAttachment(collaborationId)
  const input = useRef<HTMLInputElement>(null)
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    uploadFile.mutate(file, {
      onSuccess: (attachment) => {
        onChange([...files, { id: attachment.id, fileName: attachment.fileName, sizeBytes: attachment.sizeBytes }])
        if (input.current) input.current.value = ''
      },
    })
  }
  const uploadError = uploadFile.error instanceof ApiError ? uploadFile.error.title : uploadFile.error ? t('common.errorTitle') : undefined
  return (
    <div className="attachment-input">
      {files.length >= max && <p className="attachment-label">{label}</p>}
      {files.length < max && (
        <Field id={id} label={label} hint={hint} error={uploadError ?? error}>
          {(props) => <input {...props} ref={input} type="file" onChange={choose} disabled={uploadFile.isPending} />}
        </Field>
      )}
      {uploadFile.isPending && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('initiative.attachments.uploading')}
        </p>
      )}
      {files.length > 0 && (
        <ul className="plain-list attached-files" aria-label={t('initiative.attachments.attached')}>
          {files.map((file) => (
            <li key={file.id}>
              <AttachmentLink collaborationId={collaborationId} file={file} />{' '}
              <button type="button" className="button-link" onClick={() => onChange(files.filter((f) => f.id !== file.id))}>
                {t('initiative.attachments.remove', { name: file.fileName })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
