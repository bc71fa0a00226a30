// org.saveStreet and org.saveBlock: admins edit the organisation in the app (a block with any number of grids).
import { saveBlockInput, saveStreetInput } from '@/types/org'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { forbidden, invalidInput, notFound } from '../core/errors'
import { callerScope, covers } from '../core/scope'
import type { BlockDoc, GridDoc, StreetDoc } from './orgDocs'
import { toBlockView } from './orgDocs'
import { gridsOfBlocks, loadBlock, loadStreet } from './orgStore'

const newId = (prefix: string, now: Date) => `${prefix}-${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** A street is the city admin's to add or rename. */
export const saveStreet = defineAction({
  name: 'org.saveStreet',
  input: saveStreetInput,
  roles: ['admin'],
  async handle({ caller, input, now }) {
    if (callerScope(caller).level !== 'city') throw forbidden('只有市级管理员可以编辑街道')
    const streetId = input.streetId ?? newId('street', now)
    const existing = input.streetId ? await loadStreet(input.streetId) : null
    if (input.streetId && !existing) throw notFound('没有找到这个街道')
    const doc: Omit<StreetDoc, '_id'> = { name: input.name, createdAt: existing?.createdAt ?? now, updatedAt: now }
    await db.collection('streets').doc(streetId).set({ data: doc })
    return { streetId }
  },
})

/**
 * A street admin (or the city admin) adds or edits a block of their street with its grids, in order. A grid left
 * out of the list is retired (its records keep it); a grid without `gridId` is new.
 */
export const saveBlock = defineAction({
  name: 'org.saveBlock',
  input: saveBlockInput,
  roles: ['admin'],
  async handle({ caller, input, now }) {
    const scope = callerScope(caller)
    const street = await loadStreet(input.streetId)
    if (!street) throw invalidInput('街道：没有这个街道')
    const existing = input.blockId ? await loadBlock(input.blockId) : null
    if (input.blockId && !existing) throw notFound('没有找到这个街区')
    if (scope.level === 'block' || scope.level === 'none') throw forbidden('只有街道管理员可以编辑街区')
    if (!covers(scope, { blockId: 'new', streetId: input.streetId })) throw forbidden('这个街道不在你的管理范围内')
    if (existing && !covers(scope, existing.streetId ? { blockId: existing._id, streetId: existing.streetId } : null)) throw notFound('没有找到这个街区')
    const blockId = input.blockId ?? newId('block', now)
    const oldGrids = await gridsOfBlocks([blockId])
    const oldById = new Map(oldGrids.map((g) => [g._id, g]))
    for (const g of input.grids) if (g.gridId && !oldById.has(g.gridId)) throw invalidInput('网格：不是这个街区的网格')
    const block: Omit<BlockDoc, '_id'> = {
      streetId: input.streetId,
      name: input.name,
      branch: input.branch,
      centre: input.centre,
      boundary: input.boundary ?? null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    }
    await db.collection('blocks').doc(blockId).set({ data: block })
    const kept = new Set<string>()
    const grids: GridDoc[] = []
    for (const [order, g] of input.grids.entries()) {
      const gridId = g.gridId ?? `${blockId}-g${now.getTime().toString(36)}${order}`
      kept.add(gridId)
      const grid: GridDoc = { _id: gridId, blockId, streetId: input.streetId, name: g.name, order, retired: false }
      const { _id, ...fields } = grid
      await db.collection('grids').doc(gridId).set({ data: fields })
      grids.push(grid)
    }
    for (const old of oldGrids)
      if (!kept.has(old._id) && !old.retired)
        await db
          .collection('grids')
          .doc(old._id)
          .update({ data: { retired: true } })
    return toBlockView({ _id: blockId, ...block }, grids)
  },
})
