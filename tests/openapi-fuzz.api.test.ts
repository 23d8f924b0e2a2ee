import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, signedInPerson } from './helpers/factories'
import { Client, createTestApp } from './helpers/test-app'

/**
 * Every route of /api/openapi.json, fed requests built from its own parameter and body schemas: values that look
 * right mixed with hostile ones (NUL and other control characters, emoji, 10 000 characters, year 0000, numbers
 * beyond int4, wrong types, missing fields). As a signed-in coordinator of a seeded collaboration and as an
 * anonymous visitor: no answer is a 5xx, every refusal is problem+json, and a refused request changes nothing.
 * A fixed seed runs every time, and a random one whose seed is printed when it fails (replay with FUZZ_SEED=…).
 */

type Schema = {
  $ref?: string
  type?: string | string[]
  format?: string
  pattern?: string
  enum?: unknown[]
  const?: unknown
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number | boolean
  exclusiveMaximum?: number | boolean
  minItems?: number
  maxItems?: number
  items?: Schema
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: Schema | boolean
  propertyNames?: Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
  nullable?: boolean
}
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: Schema }
type Operation = { method: string; path: string; parameters: Parameter[]; body: Schema | null }
type Request = { method: string; url: string; payload?: unknown; label: string }

/** Which table an ID of this name is found in. */
const TABLE_OF: Record<string, string> = {
  collaborationId: 'collaboration',
  roleAssignmentId: 'role_assignment',
  userId: 'app_user',
  memberId: 'member',
  bodyId: 'body',
  seatId: 'body_seat',
  decisionKindId: 'decision_kind',
  disagreementId: 'disagreement',
  processModelId: 'process_model',
  fromModelId: 'process_model',
  initiativeId: 'initiative',
  attachmentId: 'attachment',
  caseId: '"case"',
  meetingId: 'meeting',
  deferToMeetingId: 'meeting',
  meetingItemId: 'agenda_item',
  itemId: 'agenda_item',
  costKeyId: 'cost_key',
  guaranteeKeyId: 'cost_key',
  budgetId: 'budget',
  lineId: 'cost_line',
  fundingId: 'external_funding',
  contributionId: 'in_kind_contribution',
  hourlyRateId: 'hourly_rate',
  roundId: 'planning_round',
  proposalId: 'proposal',
  mergedIntoId: 'proposal',
  carriedFromId: 'proposal',
  proposingMemberId: 'member',
  escalatesToBodyId: 'body',
  preparingBodyId: 'body',
  decidingBodyId: 'body',
  riskId: 'risk',
  ownerUserId: 'app_user',
}

/** The control-character rule of src/shared/schema.ts as it reads in the OpenAPI document. */
const WITHOUT_CONTROL = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$'

const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  'Kalix\u0000',
  '\u0007\u001b[31m',
  '\u007f',
  '\u0085',
  '\ud800',
  '😀🏛️ Samråd',
  'x'.repeat(10_000),
  '   ',
  '',
  "'; drop table member; --",
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  'ÅÄÖ\u202e',
]
const HOSTILE_DATES = ['0000-01-01', '9999-12-31', '0001-01-01', '1899-12-31', '2026-02-30', '2026-13-01', '20260101', '+002026-01-01']
const HOSTILE_DATETIMES = ['0000-01-01T10:00:00+01:00', '9999-12-31T23:59:59+14:00', '2026-02-30T10:00:00Z', '2026-11-24T25:00:00Z']
const HOSTILE_NUMBERS = [99_999_999_999, 2_147_483_648, -2_147_483_649, -1, 0, 1e308, -1e308, 0.5, 2 ** 53, Number.MAX_SAFE_INTEGER]
const HOSTILE_ANY: unknown[] = [null, true, 'text', 12, [], {}, [null], { a: '\u0000' }, '\u0000']
const HOSTILE_PATH = ['%00', 'a%00b', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'x'.repeat(2000), '%F0%9F%98%80', '..%2F..%2Fetc', '2026%00', '-1', '99999999999']
const HOSTILE_QUERY = ['\u0000', 'a\u0000', '99999999999', '-1', '0000-01-01', '9999-12-31', 'x'.repeat(10_000), '😀', '1e400', 'NaN', '[object Object]']

describe('every route answers any input without a server error', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let coordinator: Client
  let anonymous: Client
  let collaborationId: string
  let protectedIds: Set<string>
  let operations: Operation[]
  let components: Record<string, Schema>
  const ids = new Map<string, string[]>()
  let fingerprintSql: string
  let sent = 0

  beforeAll(async () => {
    t = await createTestApp()
    const { collaboration, members } = await buildCollaboration(t.db)
    collaborationId = collaboration.id
    const person = await signedInPerson(t, { collaborationId, role: 'coordinator', name: 'Siv Samordnare' })
    coordinator = person.client
    anonymous = new Client(t.app)
    // The coordinator's own account and role stay out of reach: removing them would end the run, not test it.
    const own = await t.db.query<{ id: string }>('select id from role_assignment where user_id = $1', [person.id])
    protectedIds = new Set([person.id, ...own.map((row) => row.id)])
    expect(members.length).toBeGreaterThan(0)

    const document = (await anonymous.get('/api/openapi.json')).json()
    components = document.components?.schemas ?? {}
    operations = []
    for (const [path, methods] of Object.entries<Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: Schema }> } }>>(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
        // Logging out would end the run's own session; it takes no input to fuzz.
        // Routes that end the fuzzing client's own session would leave the rest of the run signed out.
        if (path === '/api/auth/logout' || path === '/api/me/sessions/end-all') continue
        operations.push({ method: method.toUpperCase(), path, parameters: operation.parameters ?? [], body: operation.requestBody?.content?.['application/json']?.schema ?? null })
      }
    }

    // The fingerprint of the data: how many rows each table has and the sum of their versions, and the audit log's head.
    // Left out: sessions, and rate-limit counters, which count refused requests too (that is what they are for).
    const columns = await t.db.query<{ table_name: string; has_version: boolean }>(
      `select table_name, bool_or(column_name = 'version') as has_version from information_schema.columns
        where table_schema = current_schema() and table_name not in ('session', 'rate_limit_counter') group by table_name order by table_name`,
    )
    fingerprintSql = `select ${columns
      .map((row) => `(select count(*)${row.has_version ? ` || ':' || coalesce(sum(version), 0)` : ''} from "${row.table_name}")`)
      .join(` || ',' || `)} || ',' || (select coalesce(max(id), 0) from audit_log) as fingerprint`

    await refreshIds()
    // Warm up: valid requests to every write, twice, so the run has budgets, meetings, initiatives … to aim at.
    for (let round = 0; round < 2; round++) {
      for (const operation of operations.filter((op) => op.method === 'POST')) {
        for (const request of fc.sample(requestFor(operation, 'valid'), { numRuns: 2, seed: round })) await send(coordinator, request)
      }
      await refreshIds()
    }
  }, 120_000)
  afterAll(() => t?.close())

  async function refreshIds() {
    for (const table of new Set(Object.values(TABLE_OF))) {
      const where = table === 'collaboration' ? 'where id = $1' : table === 'app_user' ? '' : `where collaboration_id = $1`
      const hasCollaboration = await t.db.query(`select 1 from information_schema.columns where table_name = $1 and column_name = 'collaboration_id'`, [table.replaceAll('"', '')])
      const sql = `select id::text from ${table} ${hasCollaboration.length || table === 'collaboration' ? where : ''} order by id limit 40`
      const rows = await t.db.query<{ id: string }>(sql, where.includes('$1') && (hasCollaboration.length || table === 'collaboration') ? [collaborationId] : [])
      ids.set(table, rows.map((row) => row.id).filter((id) => !protectedIds.has(id)))
    }
  }

  const fingerprint = async () => (await t.db.query<{ fingerprint: string }>(fingerprintSql))[0]!.fingerprint

  const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(components[schema.$ref.split('/').pop()!] ?? {}) : schema)

  /** A real ID for a field or parameter of this name when there is one, else any UUID. */
  function idFor(name: string): fc.Arbitrary<string> {
    const pool = ids.get(TABLE_OF[name] ?? '') ?? []
    const everyId = [...ids.values()].flat()
    return fc.oneof(
      { arbitrary: pool.length ? fc.constantFrom(...pool) : fc.uuid(), weight: 6 },
      { arbitrary: everyId.length ? fc.constantFrom(...everyId) : fc.uuid(), weight: 1 },
      { arbitrary: fc.uuid(), weight: 1 },
    )
  }

  /** Values for a schema: `valid` looks right; `hostile` mixes in values meant to break something at every leaf. */
  function valueFor(input: Schema, mode: 'valid' | 'hostile', name = '', depth = 0): fc.Arbitrary<unknown> {
    const schema = resolve(input)
    const withHostile = (valid: fc.Arbitrary<unknown>, hostile: unknown[]) =>
      mode === 'valid' ? valid : fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: fc.constantFrom(...hostile, ...HOSTILE_ANY), weight: 1 })
    const nullable = (arbitrary: fc.Arbitrary<unknown>) => (schema.nullable ? fc.oneof(arbitrary, fc.constant(null)) : arbitrary)

    if (schema.const !== undefined) return withHostile(fc.constant(schema.const), ['other'])
    if (schema.enum) return withHostile(fc.constantFrom(...schema.enum), ['not_a_choice', ...HOSTILE_STRINGS.slice(0, 3)])
    if (schema.anyOf || schema.oneOf) return fc.oneof(...(schema.anyOf ?? schema.oneOf)!.map((option) => valueFor(option, mode, name, depth + 1)))
    if (schema.allOf && schema.allOf.every((part) => resolve(part).type === 'string' && !resolve(part).allOf)) {
      // Text with several patterns (the control-character rule beside a format's own): one string schema.
      const patterns = [schema.pattern, ...schema.allOf.map((part) => resolve(part).pattern)].filter((pattern): pattern is string => !!pattern && pattern !== WITHOUT_CONTROL)
      return valueFor({ ...schema, allOf: undefined, type: 'string', pattern: patterns[0] }, mode, name, depth)
    }
    if (schema.allOf)
      return fc
        .tuple(...schema.allOf.map((part) => valueFor(part, mode, name, depth + 1)))
        .map((parts) => (parts.every((part) => part && typeof part === 'object' && !Array.isArray(part)) ? Object.assign({}, ...parts) : parts[0]))
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : []
    if (types.length > 1) return fc.oneof(...types.map((type) => valueFor({ ...schema, type }, mode, name, depth + 1)))
    switch (types[0]) {
      case 'null':
        return fc.constant(null)
      case 'boolean':
        return withHostile(fc.boolean(), ['true', 0])
      case 'integer':
      case 'number': {
        const min = Math.max(schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : -1000), -1_000_000_000)
        const max = Math.min(schema.maximum ?? (typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : 1000), 1_000_000_000)
        const around = /year/i.test(name) ? fc.integer({ min: Math.max(min, 2024), max: Math.min(max, 2028) }) : /version/i.test(name) ? fc.integer({ min: 1, max: 3 }) : null
        const valid = around ?? (types[0] === 'integer' ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) }) : fc.double({ min, max: Math.max(min, max), noNaN: true }))
        return nullable(withHostile(valid, HOSTILE_NUMBERS))
      }
      case 'string': {
        let valid: fc.Arbitrary<string>
        if (schema.format === 'uuid') valid = idFor(name)
        else if (schema.format === 'date') valid = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
        else if (schema.format === 'date-time') valid = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().replace('.000Z', '+01:00'))
        else if (schema.format === 'email') valid = fc.constantFrom('siv@kalix.se', 'ny.person@test.samverka.se')
        else if (schema.pattern) {
          const known: Record<string, string[]> = { '^\\d{2}(\\d{2})?$': ['2510', '2514', '2580', '25'], '^\\d{2}$': ['25', '01'] }
          const [minLength, maxLength] = [schema.minLength ?? 0, schema.maxLength ?? 60]
          valid = known[schema.pattern] ? fc.constantFrom(...known[schema.pattern]!) : fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.padEnd(minLength, 'x').slice(0, maxLength))
        } else {
          const minLength = schema.minLength ?? 0
          const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40))
          valid = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö ÅÄÖ-.,0123456789'), minLength, maxLength }).map((s) => (s.trim().length >= minLength ? s : 'x'.repeat(minLength)))
        }
        const hostile = schema.format === 'date' ? [...HOSTILE_DATES, ...HOSTILE_STRINGS.slice(0, 3)] : schema.format === 'date-time' ? [...HOSTILE_DATETIMES, ...HOSTILE_DATES] : HOSTILE_STRINGS
        return nullable(withHostile(valid, hostile))
      }
      case 'array': {
        const item = schema.items ? valueFor(schema.items, mode, name.replace(/s$/, ''), depth + 1) : fc.anything()
        const minLength = schema.minItems ?? 0
        return nullable(withHostile(fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) }), ['not a list', [{}]]))
      }
      case 'object': {
        if (depth > 6) return fc.constant({})
        const properties = schema.properties ?? {}
        const required = new Set(schema.required ?? [])
        const record: Record<string, fc.Arbitrary<unknown>> = {}
        for (const [key, property] of Object.entries(properties)) record[key] = valueFor(property, mode, key, depth + 1)
        let object: fc.Arbitrary<Record<string, unknown>> = fc.record(record, { requiredKeys: [...required].filter((key) => key in record) })
        if (!schema.properties && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          const value = valueFor(schema.additionalProperties, mode, name, depth + 1)
          const key = schema.propertyNames ? (valueFor(schema.propertyNames, mode, name, depth + 1) as fc.Arbitrary<string>) : fc.constantFrom('need', 'summary', 'cost')
          object = fc.dictionary(key.map(String), value, { maxKeys: 3 })
        }
        if (mode === 'hostile') {
          // Leave out a required field, or add one nobody asked for.
          object = fc.tuple(object, fc.nat(9), fc.constantFrom(...[...required, '__proto__', 'constructor', 'extra\u0000'])).map(([value, dice, key]) => {
            const copy = { ...value }
            if (dice === 0) delete copy[key]
            if (dice === 1) copy[key] = '\u0000'
            return copy
          })
        }
        return nullable(withHostile(object, []))
      }
      default:
        return mode === 'valid' ? fc.constant('x') : fc.constantFrom(...HOSTILE_ANY)
    }
  }

  function requestFor(operation: Operation, mode: 'valid' | 'hostile'): fc.Arbitrary<Request> {
    const path = operation.parameters.filter((p) => p.in === 'path')
    const query = operation.parameters.filter((p) => p.in === 'query')
    const pathValues = fc.tuple(
      ...path.map((p) =>
        p.name === 'collaborationId'
          ? fc.oneof({ arbitrary: fc.constant(collaborationId), weight: 12 }, { arbitrary: fc.uuid(), weight: 1 }, { arbitrary: fc.constantFrom(...HOSTILE_PATH), weight: mode === 'valid' ? 0 : 1 })
          : mode === 'valid'
            ? valueFor(p.schema, 'valid', p.name).map((v) => encodeURIComponent(String(v)))
            : fc.oneof(
                { arbitrary: valueFor(p.schema, 'valid', p.name).map((v) => encodeURIComponent(String(v))), weight: 5 },
                { arbitrary: fc.constantFrom(...HOSTILE_PATH), weight: 1 },
              ),
      ),
    )
    const queryValues = fc.tuple(...query.map((p) => fc.option(valueFor(p.schema, mode, p.name), { nil: undefined, freq: p.required ? 20 : 2 })))
    const extraQuery = mode === 'valid' ? fc.constant([] as [string, string][]) : fc.array(fc.tuple(fc.constantFrom('version', 'year', 'q', 'x\u0000', 'limit'), fc.constantFrom(...HOSTILE_QUERY)), { maxLength: 1 })
    const body = operation.body
      ? mode === 'valid'
        ? valueFor(operation.body, 'valid')
        : fc.oneof({ arbitrary: valueFor(operation.body, 'hostile'), weight: 9 }, { arbitrary: fc.constantFrom(...HOSTILE_ANY), weight: 1 })
      : fc.constant(undefined)
    return fc.tuple(pathValues, queryValues, extraQuery, body).map(([pathParts, queryParts, extra, payload]) => {
      let url = operation.path
      path.forEach((p, i) => (url = url.replace(`{${p.name}}`, pathParts[i] as string)))
      const search = new URLSearchParams()
      query.forEach((p, i) => {
        const value = queryParts[i]
        if (value !== undefined) search.append(p.name, typeof value === 'object' ? JSON.stringify(value) : String(value))
      })
      for (const [key, value] of extra) search.append(key, value)
      const qs = search.toString()
      const request: Request = { method: operation.method, url: qs ? `${url}?${qs}` : url, payload, label: `${operation.method} ${operation.path}` }
      // fast-check prints a counterexample with this: short enough to read, whole enough to replay by hand.
      return Object.assign(request, { [fc.toStringMethod]: () => show(request) })
    })
  }

  async function send(client: Client, request: Request) {
    sent++
    return client.request({ method: request.method as 'GET', url: request.url, ...(request.payload !== undefined ? { payload: request.payload as object } : {}) })
  }

  const clip = (text: string) => text.replace(/(.)\1{40,}/g, (run, char: string) => `${char}×${run.length}`).slice(0, 800)
  const show = (request: Request) => clip(`${request.method} ${request.url} ${JSON.stringify(request.payload) ?? ''}`)
  const failures = new Map<string, string>()

  // The data as it stands, while no request has changed it since it was read.
  let known: string | null = null

  async function check(client: Client, request: Request) {
    const before = (known ??= await fingerprint())
    const response = await send(client, request)
    known = null
    const where = `${show(request)}\n→ ${response.statusCode} ${clip(response.body)}`
    const fail = (what: string) => {
      // FUZZ_COLLECT=1 keeps going and lists one example of every distinct failure at the end.
      if (!process.env.FUZZ_COLLECT) throw new Error(`${what}: ${where}`)
      failures.set(`${what} ${request.label} ${response.statusCode}`, where)
    }
    if (response.statusCode >= 500) fail('server error')
    if (response.statusCode >= 400) {
      if (!String(response.headers['content-type']).startsWith('application/problem+json')) fail('refusal not problem+json')
      known = await fingerprint()
      if (known !== before) fail('a refused request changed the data')
    }
    if (sent % 150 === 0) await refreshIds()
  }

  // The four causes the first fuzzing found (issue 13, finding 3), and the 500 this test found since, one by one.
  describe('the causes found so far', () => {
    const base = () => `/api/collaborations/${collaborationId}`
    const problem = (response: { statusCode: number; headers: Record<string, unknown>; json: () => { errors?: { path: string; message: string }[] } }) => {
      expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/)
      return response.json().errors ?? []
    }

    it('refuses a NUL or another control character in any text field, naming the field', async () => {
      for (const title of ['Ärende\u0000', 'Ärende\u0007 om e-arkiv']) {
        const before = await fingerprint()
        const response = await coordinator.post(`${base()}/cases`, { title })
        expect(response.statusCode).toBe(400)
        expect(problem(response)).toEqual([{ path: 'body.title', message: 'Texten innehåller ett osynligt styrtecken (t.ex. ett NUL-tecken). Ta bort det och försök igen.' }])
        expect(await fingerprint()).toBe(before)
      }
    })

    it('refuses a NUL in a query or path parameter', async () => {
      for (const url of [`${base()}/cases?q=a%00b`, `${base()}/cases/%00`, `/api/reference/organisations?q=%00`]) {
        const response = await coordinator.get(url)
        expect(response.statusCode).toBe(400)
        expect(problem(response)).toHaveLength(1)
      }
    })

    it('refuses year 0000 and 9999, in English for an English reader', async () => {
      for (const registeredOn of ['0000-01-01', '9999-12-31']) {
        const response = await coordinator.request({ method: 'POST', url: `${base()}/cases`, payload: { title: 'Avtal om e-arkiv', registeredOn }, headers: { 'accept-language': 'en' } })
        expect(response.statusCode).toBe(400)
        expect(problem(response)).toEqual([{ path: 'body.registeredOn', message: 'Enter a date between the years 1900 and 2200.' }])
      }
    })

    it('refuses a version beyond what the column holds', async () => {
      const budgetId = ids.get('budget')?.[0] ?? crypto.randomUUID()
      const response = await coordinator.delete(`${base()}/finance/budgets/${budgetId}/lines/${crypto.randomUUID()}?version=99999999999`)
      expect(response.statusCode).toBe(400)
      expect(problem(response).map((error) => error.path)).toEqual(['querystring.version'])
    })

    it('answers an over-long or malformed address with problem+json', async () => {
      for (const url of [`/api/collaborations/${'x'.repeat(2000)}/cases`, `${base()}/cases/%E0%A4%A`]) {
        const response = await anonymous.get(url)
        expect(response.statusCode).toBeGreaterThanOrEqual(400)
        expect(response.statusCode).toBeLessThan(500)
        problem(response)
      }
    })

    it('refuses a grant its guarantee key cannot carry, instead of failing every invoice basis after it', async () => {
      const [member] = await t.db.query<{ id: string }>('select id from member where collaboration_id = $1 order by name limit 1', [collaborationId])
      const created = await coordinator.post(`${base()}/finance/cost-keys`, { name: 'Fast avgift Jokkmokk', kind: 'equal', fixedAmounts: [{ memberId: member!.id, amountOre: 1_000_000 }] })
      expect(created.statusCode).toBe(201)
      const key = created.json()
      const budget = await coordinator.post(`${base()}/finance/budgets`, { year: 2026, initiativeId: null, note: 'Fuzz' })
      const budgetId = budget.statusCode === 201 ? budget.json().id : ids.get('budget')![0]!
      const before = await fingerprint()
      const response = await coordinator.post(`${base()}/finance/budgets/${budgetId}/funding`, { funder: 'Tillväxtverket', amountOre: 100, guaranteeKeyId: key.id })
      expect(response.statusCode).toBe(400)
      expect(problem(response).map((error) => error.path)).toEqual(['body.guaranteeKeyId'])
      expect(await fingerprint()).toBe(before)
      expect((await coordinator.get(`${base()}/finance/invoice-basis/${member!.id}/export.csv?year=2026`)).statusCode).toBe(200)
    })
  })

  const everyOperation = () => fc.constantFrom(...operations)
  const fuzz = (client: () => Client, mode: 'valid' | 'hostile') =>
    fc.asyncProperty(
      everyOperation().chain((operation) => requestFor(operation, mode)),
      async (request) => check(client(), request),
    )

  // FUZZ_SEED replays a failure; FUZZ_RUNS makes a longer run.
  const runs = Number(process.env.FUZZ_RUNS ?? 1)
  const randomSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))

  for (const [name, seed] of [
    ['fixed seed', 20261209],
    ['random seed', randomSeed],
  ] as const) {
    it(`hostile and valid input as a coordinator and as a visitor (${name} ${seed})`, async () => {
      const options = { seed, endOnFailure: true, verbose: 1 as const }
      try {
        await fc.assert(fuzz(() => coordinator, 'hostile'), { ...options, numRuns: 900 * runs })
        await fc.assert(fuzz(() => coordinator, 'valid'), { ...options, numRuns: 300 * runs })
        await fc.assert(fuzz(() => anonymous, 'hostile'), { ...options, numRuns: 300 * runs })
      } catch (error) {
        console.error(`openapi fuzz failed with seed ${seed}: replay with FUZZ_SEED=${seed}`)
        throw error
      }
      if (failures.size) console.error([...failures].map(([key, where]) => `${key}\n  ${where}`).join('\n'))
      expect([...failures.keys()]).toEqual([])
      // Every route was tried, in every mode, with thousands of requests per run.
      expect(sent).toBeGreaterThan(1000)
    }, 600_000)
  }
})
