import { describe, expect, it } from 'vitest'
import type { DecisionPath, GovernanceBody } from '../api/types'
import { buildDecisionPath, buildOrgChart, ladderOf, NODE_HEIGHT, type PathTexts } from './graph'

const body = (id: string, escalatesToBodyId: string | null = null): GovernanceBody => ({
  id,
  name: `Organ ${id}`,
  kind: 'steering_group',
  purpose: '',
  meetingCadence: '',
  escalatesToBodyId,
  minutesKeptFrom: null,
  decides: [],
  prepares: [],
  seats: [],
  version: 1,
})

const texts: PathTexts = {
  prepares: 'Bereder',
  decides: 'Beslutar',
  preparesEdge: 'bereder',
  membersDecide: 'Varje medlem beslutar likalydande',
  membersEdge: 'likalydande beslut',
  escalatesTo: 'eskalerar till',
  pathLane: 'Beslutsväg',
  ladderLane: 'Vid oenighet',
  step: (n) => `Steg ${n}`,
}

const path = (overrides: Partial<DecisionPath>): DecisionPath => ({
  decisionKindId: 'k',
  preparedBy: [],
  decidedBy: [],
  membersMustDecide: false,
  memberDecisionReason: null,
  escalatesTo: [],
  ladder: [],
  ...overrides,
})

describe('the organisation chart', () => {
  // a → b → top, c → top: the chart is a tree with the top on top.
  const bodies = [body('a', 'b'), body('b', 'top'), body('c', 'top'), body('top')]
  const chart = buildOrgChart(bodies, { kind: () => 'Styrgrupp', escalatesTo: 'eskalerar till' })

  it('has a box per body and an arrow per escalation link', () => {
    expect(chart.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'top'])
    expect(chart.edges).toEqual([
      { id: 'a->b', source: 'a', target: 'b', label: 'eskalerar till' },
      { id: 'b->top', source: 'b', target: 'top', label: 'eskalerar till' },
      { id: 'c->top', source: 'c', target: 'top', label: 'eskalerar till' },
    ])
  })

  it('puts the body escalated to above the body that escalates, and lists boxes in reading order', () => {
    const y = (id: string) => chart.nodes.find((n) => n.id === id)!.y
    expect(y('top')).toBeLessThan(y('b'))
    expect(y('b')).toBeLessThan(y('a'))
    expect(chart.nodes[0]?.id).toBe('top')
    const order = chart.nodes.map((n) => n.y * 100_000 + n.x)
    expect([...order].sort((p, q) => p - q)).toEqual(order)
  })

  it('ignores a link to a body that is not there and keeps boxes apart when there are many', () => {
    const many = Array.from({ length: 12 }, (_, i) => body(`b${i}`, i === 0 ? 'missing' : `b${Math.floor((i - 1) / 3)}`))
    const big = buildOrgChart(many, { kind: () => '', escalatesTo: '' })
    expect(big.edges).toHaveLength(11)
    for (const p of big.nodes) {
      for (const q of big.nodes) {
        if (p === q) continue
        const apart = Math.abs(p.x - q.x) >= p.width || Math.abs(p.y - q.y) >= NODE_HEIGHT
        expect(apart).toBe(true)
      }
    }
    expect(big.width).toBeGreaterThan(0)
  })

  it('is empty without bodies', () => {
    expect(buildOrgChart([], { kind: () => '', escalatesTo: '' })).toEqual({ nodes: [], edges: [], width: 0, height: 0 })
  })
})

describe('the decision path', () => {
  const bodies = [body('prep'), body('dec', 'top'), body('low', 'mid'), body('mid', 'dec'), body('top')]

  it('runs from the preparing body to the deciding body to every member, with the ladder as its own lane below', () => {
    const graph = buildDecisionPath(
      path({ preparedBy: ['prep'], decidedBy: ['dec'], membersMustDecide: true, memberDecisionReason: 'no_binding_body', ladder: ['low', 'mid', 'dec', 'top'] }),
      bodies,
      texts,
    )
    const ids = graph.nodes.map((n) => n.id)
    expect(ids).toEqual(expect.arrayContaining(['lane:path', 'prep:prep', 'dec:dec', 'members', 'lane:ladder', 'step:0', 'step:1', 'step:2', 'step:3']))
    expect(graph.edges.map((e) => `${e.source}>${e.target}:${e.label}`)).toEqual([
      'prep:prep>dec:dec:bereder',
      'dec:dec>members:likalydande beslut',
      'step:0>step:1:eskalerar till',
      'step:1>step:2:eskalerar till',
      'step:2>step:3:eskalerar till',
    ])
    const node = (id: string) => graph.nodes.find((n) => n.id === id)!
    expect(node('prep:prep').x).toBeLessThan(node('dec:dec').x)
    expect(node('dec:dec').x).toBeLessThan(node('members').x)
    expect(node('lane:ladder').y).toBeGreaterThan(node('dec:dec').y + NODE_HEIGHT)
    expect(node('step:2')).toMatchObject({ variant: 'step-decider', label: 'Organ dec', sublabel: 'Steg 3 · Beslutar' })
    expect(node('step:0')).toMatchObject({ variant: 'step', sublabel: 'Steg 1' })
  })

  it('has no members box when the members need not decide, and no ladder lane without a ladder', () => {
    const graph = buildDecisionPath(path({ decidedBy: ['top'] }), bodies, texts)
    expect(graph.nodes.map((n) => n.id)).toEqual(['lane:path', 'dec:top'])
    expect(graph.edges).toEqual([])
  })

  it('falls back to the decider and the bodies above it when the server gives no ladder', () => {
    expect(ladderOf(path({ decidedBy: ['dec'], escalatesTo: ['top'] }))).toEqual(['dec', 'top'])
    expect(ladderOf(path({ decidedBy: ['top'] }))).toEqual([])
  })
})
