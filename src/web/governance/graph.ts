import dagre from '@dagrejs/dagre'
import type { DecisionPath, GovernanceBody } from '../api/types'

/** Pure graph-building for the diagrams: bodies and paths in, positioned boxes and arrows out (no React). */

export type NodeVariant = 'body' | 'preparer' | 'decider' | 'members' | 'step' | 'step-decider' | 'lane'

export interface GraphNode {
  id: string
  label: string
  sublabel?: string
  variant: NodeVariant
  /** The body the box stands for, if any (the members box and lane titles have none). */
  bodyId?: string
  /** Top-left corner, as React Flow places nodes. */
  x: number
  y: number
  width: number
  height: number
}

export interface GraphEdge {
  id: string
  source: string
  target: string
  label: string
}

export interface Graph {
  nodes: GraphNode[]
  edges: GraphEdge[]
  width: number
  height: number
}

export const NODE_WIDTH = 220
export const NODE_HEIGHT = 72
const LANE_GAP = 48

type Unplaced = Omit<GraphNode, 'x' | 'y' | 'width' | 'height'>

/** Lays the boxes out with dagre; returns them in reading order (top to bottom, left to right), which is also the tab order. */
function layout(nodes: Unplaced[], edges: GraphEdge[], rankdir: 'BT' | 'LR'): Graph {
  if (nodes.length === 0) return { nodes: [], edges, width: 0, height: 0 }
  const g = new dagre.graphlib.Graph()
  g.setGraph({ rankdir, nodesep: 28, ranksep: rankdir === 'LR' ? 70 : 60, marginx: 8, marginy: 8 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const node of nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT })
  for (const edge of edges) g.setEdge(edge.source, edge.target, { width: 90, height: 22, labelpos: 'c' })
  dagre.layout(g)
  const placed = nodes.map((node) => {
    const { x, y } = g.node(node.id)
    return { ...node, x: Math.round(x - NODE_WIDTH / 2), y: Math.round(y - NODE_HEIGHT / 2), width: NODE_WIDTH, height: NODE_HEIGHT }
  })
  placed.sort((a, b) => a.y - b.y || a.x - b.x)
  const graph = g.graph()
  return { nodes: placed, edges, width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0) }
}

/** The organisation chart: every body, an arrow from each body to the body it escalates to, the top of the ladder on top. */
export function buildOrgChart(bodies: GovernanceBody[], text: { kind: (body: GovernanceBody) => string; escalatesTo: string }): Graph {
  const ids = new Set(bodies.map((b) => b.id))
  const nodes: Unplaced[] = bodies.map((body) => ({ id: body.id, label: body.name, sublabel: text.kind(body), variant: 'body', bodyId: body.id }))
  const edges: GraphEdge[] = bodies
    .filter((body) => body.escalatesToBodyId && ids.has(body.escalatesToBodyId))
    .map((body) => ({ id: `${body.id}->${body.escalatesToBodyId}`, source: body.id, target: body.escalatesToBodyId as string, label: text.escalatesTo }))
  return layout(nodes, edges, 'BT')
}

export interface PathTexts {
  prepares: string
  decides: string
  preparesEdge: string
  membersDecide: string
  membersEdge: string
  escalatesTo: string
  pathLane: string
  ladderLane: string
  step: (n: number) => string
}

/** The steps a disagreement climbs: the server's ladder, or else the decider and the bodies above it. */
export function ladderOf(path: DecisionPath): string[] {
  if (path.ladder.length > 0) return path.ladder
  return path.decidedBy[0] && path.escalatesTo.length > 0 ? [path.decidedBy[0], ...path.escalatesTo] : []
}

/**
 * The decision path of one kind of decision: preparing bodies → deciding bodies → (every member, when they must
 * also decide), and below it, as a lane of its own, the escalation ladder with the deciding body marked.
 */
export function buildDecisionPath(path: DecisionPath, bodies: GovernanceBody[], text: PathTexts): Graph {
  const name = (id: string) => bodies.find((b) => b.id === id)?.name ?? '?'
  const nodes: Unplaced[] = []
  const edges: GraphEdge[] = []
  for (const id of path.preparedBy) nodes.push({ id: `prep:${id}`, label: name(id), sublabel: text.prepares, variant: 'preparer', bodyId: id })
  for (const id of path.decidedBy) nodes.push({ id: `dec:${id}`, label: name(id), sublabel: text.decides, variant: 'decider', bodyId: id })
  for (const p of path.preparedBy) {
    for (const d of path.decidedBy) edges.push({ id: `prep:${p}->dec:${d}`, source: `prep:${p}`, target: `dec:${d}`, label: text.preparesEdge })
  }
  if (path.membersMustDecide) {
    nodes.push({ id: 'members', label: text.membersDecide, variant: 'members' })
    for (const d of path.decidedBy) edges.push({ id: `dec:${d}->members`, source: `dec:${d}`, target: 'members', label: text.membersEdge })
  }
  const main = withLaneTitle(layout(nodes, edges, 'LR'), 'lane:path', text.pathLane)

  const ladder = ladderOf(path)
  const stepNodes: Unplaced[] = ladder.map((id, i) => ({
    id: `step:${i}`,
    label: name(id),
    sublabel: path.decidedBy.includes(id) ? `${text.step(i + 1)} · ${text.decides}` : text.step(i + 1),
    variant: path.decidedBy.includes(id) ? 'step-decider' : 'step',
    bodyId: id,
  }))
  const stepEdges: GraphEdge[] = ladder.slice(1).map((_, i) => ({ id: `step:${i}->step:${i + 1}`, source: `step:${i}`, target: `step:${i + 1}`, label: text.escalatesTo }))
  const lower = withLaneTitle(layout(stepNodes, stepEdges, 'LR'), 'lane:ladder', text.ladderLane)

  const offset = main.height > 0 ? main.height + LANE_GAP : 0
  return {
    nodes: [...main.nodes, ...lower.nodes.map((n) => ({ ...n, y: n.y + offset }))],
    edges: [...main.edges, ...lower.edges],
    width: Math.max(main.width, lower.width),
    height: offset + lower.height,
  }
}

const LANE_TITLE_HEIGHT = 28

/** A lane's title above its boxes (only when the lane has any). */
function withLaneTitle(graph: Graph, id: string, title: string): Graph {
  if (graph.nodes.length === 0) return graph
  const title_: GraphNode = { id, label: title, variant: 'lane', x: 8, y: 0, width: Math.max(graph.width - 16, NODE_WIDTH), height: LANE_TITLE_HEIGHT }
  return { ...graph, nodes: [title_, ...graph.nodes.map((n) => ({ ...n, y: n.y + LANE_TITLE_HEIGHT }))], height: graph.height + LANE_TITLE_HEIGHT }
}
