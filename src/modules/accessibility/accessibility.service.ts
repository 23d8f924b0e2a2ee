import type { Ctx } from '../../server/http/context'
import { recordChange } from '../audit'
import type { AccessibilityReportBody } from './accessibility.schema'
import * as repo from './accessibility.repository'

export async function reportProblem(ctx: Ctx, body: AccessibilityReportBody) {
  return ctx.db.transaction(async (tx) => {
    const report = await repo.insertReport(tx, {
      page: body.page,
      description: body.description,
      contactEmail: body.contactEmail || null,
      reporterUserId: ctx.actor.user?.id ?? null,
    })
    await recordChange(tx, ctx.actor, { collaborationId: null, action: 'accessibility.reported', entityType: 'accessibility_report', entityId: report.id, after: { page: body.page } })
    return { id: report.id, reportedAt: report.reportedAt.toISOString(), page: body.page, description: body.description, contactEmail: body.contactEmail || null }
  })
}

export const listReports = (ctx: Ctx) => repo.listReports(ctx.db)
