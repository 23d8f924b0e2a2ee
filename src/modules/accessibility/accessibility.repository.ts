import type { Queryable } from '../../server/db/database'

export async function insertReport(tx: Queryable, report: { page: string; description: string; contactEmail: string | null; reporterUserId: string | null }) {
  const [row] = await tx.query<{ id: string; reportedAt: Date }>(
    `insert into accessibility_report (page, description, contact_email, reporter_user_id) values ($1, $2, $3, $4)
     returning id, reported_at as "reportedAt"`,
    [report.page, report.description, report.contactEmail, report.reporterUserId],
  )
  return row!
}

export async function listReports(db: Queryable) {
  const rows = await db.query<{ id: string; reportedAt: Date; page: string; description: string; contactEmail: string | null }>(
    `select id, reported_at as "reportedAt", page, description, contact_email as "contactEmail"
     from accessibility_report order by reported_at desc limit 500`,
  )
  return rows.map((row) => ({ ...row, reportedAt: row.reportedAt.toISOString() }))
}
