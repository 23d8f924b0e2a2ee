import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A modal dialog on the native <dialog>: focus moves into it, Escape closes it, the page behind is inert,
 * and focus goes back to the element that opened it (passed as returnFocusTo).
 */
export function Dialog({ titleId, title, onClose, returnFocusTo, children }: { titleId: string; title: string; onClose: () => void; returnFocusTo?: HTMLElement | null; children: ReactNode }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef(returnFocusTo)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    const returnTo = opener.current
    return () => {
      if (dialog?.open) dialog.close()
      // After React has removed the dialog, so the focus is not taken back by it.
      setTimeout(() => returnTo?.isConnected && returnTo.focus(), 0)
    }
  }, [])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(event) => { event.preventDefault(); onClose() }}>
      <div className="dialog-heading">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-link dialog-close" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {children}
    </dialog>
  )
}
