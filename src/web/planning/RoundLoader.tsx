import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router-dom'
import { useCurrentCollaboration } from '../collaborations/CollaborationContext'
import { Page } from '../ui/Page'
import { QueryView } from '../ui/Status'
import { RoundTabs } from './PlanningTabs'
import { useRound } from './queries'
import { usePlanningRights } from './rights'
import type { RoundDetail } from './types'
import './planning.css'

/** Loads the round in the address and shows one of its pages: the title, the round's menu and the content. */
export function RoundPageFrame({ page, actions, children }: { page: string; actions?: (round: RoundDetail) => ReactNode; children: (round: RoundDetail) => ReactNode }) {
  const { roundId = '' } = useParams()
  const { collaboration } = useCurrentCollaboration()
  const round = useRound(collaboration.id, roundId)
  return <QueryView query={round}>{(data) => <Frame round={data} page={page} actions={actions} content={children} />}</QueryView>
}

function Frame({ round, page, actions, content }: { round: RoundDetail; page: string; actions?: (round: RoundDetail) => ReactNode; content: (round: RoundDetail) => ReactNode }) {
  const { t } = useTranslation()
  const { collaboration } = useCurrentCollaboration()
  const rights = usePlanningRights()
  return (
    <Page
      title={page ? `${page}: ${round.title}` : round.title}
      context={collaboration.name}
      intro={t('planning.round.intro', { year: round.year, stage: t(`planningStage.${round.stage}`) })}
      actions={actions?.(round)}
    >
      <RoundTabs collaborationId={collaboration.id} roundId={round.id} title={round.title} prioritise={rights.actsForMembers} />
      {content(round)}
    </Page>
  )
}
