import { useTranslation } from 'react-i18next'

/** A form's footer: the submit button, showing the pending text while the request runs, and a cancel button if onCancel is given. */
export function FormActions({ pending, label, pendingLabel, onCancel }: { pending: boolean; label: string; pendingLabel: string; onCancel?: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  )
}
