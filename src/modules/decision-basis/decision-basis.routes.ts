import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ctxOf } from '../../server/http/context'
import { sendFile } from '../../server/http/download'
import { decisionBasisPolicy } from './decision-basis.policy'
import { BasisParams, BasisPreview, BasisVersion, BasisVersions, VariantQuery, VersionParams } from './decision-basis.schema'
import * as basis from './decision-basis.service'

const sendBasis = (reply: FastifyReply, format: 'pdf' | 'docx', { bytes, fileName }: { bytes: Buffer; fileName: string }) => sendFile(reply, format, fileName, bytes)

/** The decision basis (beslutsunderlag) of an initiative's gate: the draft, its files, and the dispatched versions. */
export async function decisionBasisRoutes(server: FastifyInstance) {
  const app = server.withTypeProvider<ZodTypeProvider>()
  const tags = ['decision-basis']
  const one = '/api/collaborations/:collaborationId/initiatives/:initiativeId'
  const read = { access: decisionBasisPolicy.read }

  app.get(
    `${one}/decision-basis`,
    { schema: { tags, summary: 'The decision basis as it stands (a member’s variant with memberId): sections, per-member costs, what the gate lacks, the draft’s hash and the dispatched versions', params: BasisParams, querystring: VariantQuery, response: { 200: BasisPreview } }, config: read },
    async (request) => basis.getDecisionBasis(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.query.memberId),
  )

  for (const format of ['pdf', 'docx'] as const) {
    app.get(
      `${one}/decision-basis.${format}`,
      { schema: { tags, summary: `The decision basis as it stands, as ${format === 'pdf' ? 'PDF' : 'Word (docx)'}, marked as a draft (a member’s variant with memberId)`, params: BasisParams, querystring: VariantQuery }, config: read },
      async (request, reply) => sendBasis(reply, format, await basis.draftFile(ctxOf(request), request.params.collaborationId, request.params.initiativeId, format, request.query.memberId)),
    )
    app.get(
      `${one}/decision-basis/versions/:versionId.${format}`,
      { schema: { tags, summary: `A dispatched version as ${format === 'pdf' ? 'PDF' : 'Word (docx)'}, rendered from its frozen content with its hash (a member’s variant with memberId)`, params: VersionParams, querystring: VariantQuery }, config: read },
      async (request, reply) => sendBasis(reply, format, await basis.versionFile(ctxOf(request), request.params.collaborationId, request.params.initiativeId, request.params.versionId, format, request.query.memberId)),
    )
  }

  app.get(
    `${one}/decision-basis/versions`,
    { schema: { tags, summary: 'The dispatched versions, newest first: date, who, content hash and register number', params: BasisParams, response: { 200: BasisVersions } }, config: read },
    async (request) => basis.listDecisionBasisVersions(ctxOf(request), request.params.collaborationId, request.params.initiativeId),
  )

  app.post(
    `${one}/decision-basis/dispatch`,
    { schema: { tags, summary: 'Dispatch the decision basis: freeze this version with its content hash, register it and link it to the agenda items that decide the gate', params: BasisParams, response: { 201: BasisVersion } }, config: { access: decisionBasisPolicy.dispatch } },
    async (request, reply) => reply.status(201).send(await basis.dispatchDecisionBasis(ctxOf(request), request.params.collaborationId, request.params.initiativeId)),
  )
}
