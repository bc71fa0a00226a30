// org.tree, and a person's home block: suggested from a position, set by them (or by a block's QR code).
import { orgTreeInput, orgTreeQuery, setHomeBlockInput, suggestHomeBlockInput, type HomeBlock } from '@/types/org'
import { defineAction } from '../core/action'
import { loadUser } from '../core/caller'
import { db } from '../core/cloud'
import { invalidInput } from '../core/errors'
import { toBlockView } from './orgDocs'
import { allBlocks, allStreets, gridsOfBlocks, loadBlock, loadStreet } from './orgStore'
import { blockForPoint } from './placement'
import { callerScope, covers } from '../core/scope'

/** Streets → blocks → grids, for pickers and the admin pages (public facts: names, branches, centres). */
export const orgTree = defineAction({
  name: 'org.tree',
  input: orgTreeQuery,
  caller: 'lazy',
  async handle({ caller, input }) {
    const [streets, everyBlock] = await Promise.all([allStreets(), allBlocks()])
    const scope = input.mine ? callerScope(await caller.withRoles()) : null
    const blocks = scope ? everyBlock.filter((b) => covers(scope, { blockId: b._id, streetId: b.streetId })) : everyBlock
    const grids = await gridsOfBlocks(blocks.map((b) => b._id))
    return {
      streets: streets
        .map((s) => ({
          streetId: s._id,
          name: s.name,
          blocks: blocks.filter((b) => b.streetId === s._id).map((b) => toBlockView(b, grids)),
        }))
        .filter((s) => !scope || s.blocks.length > 0),
    }
  },
})

/** The block a position suggests (inside a boundary, else nearest centre); the position is not stored. */
export const suggestHomeBlock = defineAction({
  name: 'org.suggestHomeBlock',
  input: suggestHomeBlockInput,
  caller: 'lazy',
  async handle({ input }) {
    const blocks = await allBlocks()
    const found = blockForPoint(blocks, input)
    if (!found) return { block: null, distanceM: null }
    const grids = await gridsOfBlocks([found.block._id])
    return { block: toBlockView(found.block, grids), distanceM: Math.round(found.distanceM) }
  },
})

async function homeBlockView(blockId: string | null | undefined): Promise<HomeBlock> {
  const block = blockId ? await loadBlock(blockId) : null
  const street = block ? await loadStreet(block.streetId) : null
  return { blockId: block?._id ?? null, blockName: block?.name ?? null, streetName: street?.name ?? null }
}

/** The person confirms (or changes) their home block; a shop they manage keeps its own block. */
export const setHomeBlock = defineAction({
  name: 'org.setHomeBlock',
  input: setHomeBlockInput,
  async handle({ caller, input, now }) {
    const block = await loadBlock(input.blockId)
    if (!block) throw invalidInput('街区：没有这个街区')
    const user = await loadUser(caller.openid)
    if (user)
      await db
        .collection('users')
        .doc(caller.openid)
        .update({ data: { homeBlockId: block._id, homeStreetId: block.streetId } })
    else
      await db
        .collection('users')
        .doc(caller.openid)
        .set({ data: { roles: caller.roles, nickname: '', createdAt: now, homeBlockId: block._id, homeStreetId: block.streetId } })
    return homeBlockView(block._id)
  },
})

/** The caller's home block and, for staff, their scope (shown in 工作台). */
export const myBlock = defineAction({
  name: 'org.myBlock',
  input: orgTreeInput,
  async handle({ caller }) {
    const user = await loadUser(caller.openid)
    return { ...(await homeBlockView(user?.homeBlockId)), scope: user?.scope ?? null }
  },
})
