/**
 * Renders a source field diff (src/workflow/diff.ts): words struck through or
 * underlined for text, paragraph by paragraph for rich text. Real <del>/<ins>
 * elements, so the meaning survives without colour (screen readers, print).
 */
import React from 'react'

import type { BlockDiff, DiffPart, FieldDiff } from '@/workflow/diff'

/** Words kept, removed and added, as <span>, <del> and <ins> (also the segment view's match diffs). */
export function Parts({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'insert' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'delete' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}

function Block({ block }: { block: BlockDiff }) {
  const className = `dg-diff__block dg-diff__block--${block.kind}`
  if (block.kind === 'change') {
    return (
      <p className={className}>
        <Parts parts={block.words ?? []} />
      </p>
    )
  }
  if (block.kind === 'insert') {
    return (
      <p className={className}>
        <ins>{block.new}</ins>
      </p>
    )
  }
  if (block.kind === 'delete') {
    return (
      <p className={className}>
        <del>{block.old}</del>
      </p>
    )
  }
  return <p className={className}>{block.new}</p>
}

/** Unchanged paragraphs around a change are context; long runs of them are folded to keep diffs short. */
function visibleBlocks(blocks: readonly BlockDiff[], context: number): (BlockDiff | 'gap')[] {
  const near = (index: number) => blocks.some((block, other) => block.kind !== 'equal' && Math.abs(other - index) <= context)
  const result: (BlockDiff | 'gap')[] = []
  blocks.forEach((block, index) => {
    if (block.kind !== 'equal' || near(index)) result.push(block)
    else if (result.at(-1) !== 'gap') result.push('gap')
  })
  return result
}

export function DiffView({ diff, emptyLabel, compact = false }: { diff: FieldDiff; emptyLabel: string; compact?: boolean }) {
  if (diff.mode === 'text') {
    if (!diff.parts.some((part) => part.kind !== 'equal')) return <p className="dg-muted">{emptyLabel}</p>
    return (
      <div className="dg-diff" data-field={diff.field}>
        <Parts parts={diff.parts} />
      </div>
    )
  }
  if (!diff.blocks.some((block) => block.kind !== 'equal')) return <p className="dg-muted">{emptyLabel}</p>
  const blocks = compact ? visibleBlocks(diff.blocks, 0) : visibleBlocks(diff.blocks, 1)
  return (
    <div className="dg-diff" data-field={diff.field}>
      {blocks.map((block, index) =>
        block === 'gap' ? (
          <p key={index} className="dg-muted" aria-hidden="true">
            …
          </p>
        ) : (
          <Block key={index} block={block} />
        ),
      )}
    </div>
  )
}
