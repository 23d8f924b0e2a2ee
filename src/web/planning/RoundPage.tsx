import { useState } from 'react'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { ProposalDialog } from './ProposalDialog'
import { ProposalList } from './ProposalList'
import { useRoundChanges } from './queries'
import { RoundPageFrame } from './RoundLoader'
import { ScreeningDialog } from './ScreeningDialog'
import { StageSection } from './StageSection'
import type { Proposal, RoundDetail } from './types'

type Open = { kind: 'propose' } | { kind: 'screen'; proposal: Proposal }

/** One round: its stages and what may be done now, and its proposals with co-signing and screening. */
export function RoundPage() {
  return <RoundPageFrame page="">{(round) => <RoundView round={round} />}</RoundPageFrame>
}

function RoundView({ round }: { round: RoundDetail }) {
  const { collaboration } = useCurrentCollaboration()
  const changes = useRoundChanges(collaboration.id, round.id)
  const [open, setOpen] = useState<{ dialog: Open; opener: HTMLElement } | null>(null)
  const show = (dialog: Open) => (opener: HTMLElement) => {
    // A dialog starts without the error of an earlier attempt.
    changes.submitProposal.reset()
    changes.screen.reset()
    setOpen({ dialog, opener })
  }
  const close = () => setOpen(null)
  return (
    <>
      <StageSection round={round} changes={changes} onPropose={show({ kind: 'propose' })} />
      <ProposalList round={round} changes={changes} onScreen={(proposal, opener) => show({ kind: 'screen', proposal })(opener)} />
      {open?.dialog.kind === 'propose' && <ProposalDialog round={round} changes={changes} returnFocusTo={open.opener} onClose={close} />}
      {open?.dialog.kind === 'screen' && <ScreeningDialog round={round} proposal={open.dialog.proposal} changes={changes} returnFocusTo={open.opener} onClose={close} />}
    </>
  )
}
