import { Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Graph, GraphNode } from './graph'

type BoxData = {
  node: GraphNode
  vertical: boolean
  selected: boolean
  onSelect?: (bodyId: string) => void
  selectLabel?: (name: string) => string
}
type BoxNode = Node<BoxData, 'box'>

/** One box: a button when the diagram lets you choose a body (so it is in the tab order), else plain text. */
function Box({ data }: NodeProps<BoxNode>) {
  const { node, vertical, selected, onSelect } = data
  if (node.variant === 'lane') return <p className="flow-lane">{node.label}</p>
  const content = (
    <>
      <span className="flow-box-label">{node.label}</span>
      {node.sublabel && <span className="flow-box-sublabel">{node.sublabel}</span>}
    </>
  )
  const bodyId = node.bodyId
  return (
    <>
      <Handle type="target" position={vertical ? Position.Bottom : Position.Left} isConnectable={false} className="flow-handle" />
      {onSelect && bodyId ? (
        <button
          type="button"
          className={`flow-box flow-box-${node.variant}`}
          aria-pressed={selected}
          onClick={() => onSelect(bodyId)}
        >
          {content}
        </button>
      ) : (
        <div className={`flow-box flow-box-${node.variant}`}>{content}</div>
      )}
      <Handle type="source" position={vertical ? Position.Top : Position.Right} isConnectable={false} className="flow-handle" />
    </>
  )
}

const nodeTypes = { box: Box }
const ignoreNodeClick = () => undefined
const PADDING = 8
const MIN_SCALE = 0.75

/**
 * A still picture drawn by React Flow from a laid-out graph: no dragging, panning or zooming (the page scrolls as
 * usual), boxes as buttons where a body can be chosen, and the attribution kept (React Flow's licence asks for it).
 * The same information is always given as text beside it.
 */
export function FlowDiagram({
  graph,
  labelledBy,
  vertical = false,
  selectedBodyId,
  onSelect,
  selectLabel,
}: {
  graph: Graph
  labelledBy: string
  vertical?: boolean
  selectedBodyId?: string | null
  onSelect?: (bodyId: string) => void
  selectLabel?: (name: string) => string
}) {
  const { t } = useTranslation()
  const nodes = useMemo<BoxNode[]>(
    () =>
      graph.nodes.map((node) => ({
        id: node.id,
        type: 'box',
        position: { x: node.x, y: node.y },
        width: node.width,
        height: node.height,
        draggable: false,
        selectable: false,
        focusable: false,
        className: node.variant === 'lane' ? 'flow-node-lane' : undefined,
        data: { node, vertical, selected: Boolean(node.bodyId && node.bodyId === selectedBodyId), onSelect, selectLabel },
      })),
    [graph, vertical, selectedBodyId, onSelect, selectLabel],
  )
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((edge) => ({
        ...edge,
        type: 'smoothstep',
        focusable: false,
        selectable: false,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#3d4a57' },
        labelBgPadding: [4, 2] as [number, number],
        labelBgBorderRadius: 3,
        className: 'flow-edge',
      })),
    [graph],
  )
  // As tall as the picture is when fitted to the width, so a wide graph leaves no empty band below it.
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  // Shrink a wide graph to fit, but not below a readable size: beyond that the picture scrolls sideways.
  const scale = width > 0 && graph.width > 0 ? Math.max(MIN_SCALE, Math.min(1, (width - 2 * PADDING) / graph.width)) : 1
  const innerWidth = Math.ceil(graph.width * scale) + 2 * PADDING
  const scrolls = width > 0 && innerWidth > width
  // Room below the picture for the attribution.
  const height = Math.ceil(graph.height * scale) + 2 * PADDING + 18
  return (
    <div className="flow-diagram" ref={ref} aria-labelledby={labelledBy} role="group" tabIndex={scrolls ? 0 : undefined}>
      <div className="flow-canvas" style={{ height, width: scrolls ? innerWidth : '100%' }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          viewport={{ x: PADDING, y: PADDING, zoom: scale }}
          minZoom={0.1}
          maxZoom={1}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          panOnDrag={false}
          panOnScroll={false}
          zoomOnScroll={false}
          zoomOnPinch={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
          disableKeyboardA11y
          // Without a click handler React Flow makes the boxes ignore the pointer; the buttons inside need it.
          onNodeClick={onSelect ? ignoreNodeClick : undefined}
          ariaLabelConfig={{ 'node.a11yDescription.default': t('governance.chartIntro'), 'edge.a11yDescription.default': t('governance.escalatesTo') }}
        />
      </div>
    </div>
  )
}
