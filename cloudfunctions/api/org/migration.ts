// The one-off migration of issue 16: records stored before blocks existed get their block, staff and admins a
// scope. Idempotent: it only touches what has none yet, so a second run changes nothing. Run by the deployer
// (no user behind the call: api/main.ts), e.g. `npm run deploy -- --migrate <blockId>`.
import { _, db } from '../core/cloud'
import { invalidInput } from '../core/errors'
import { loadBlock } from './orgStore'

/** Every collection whose records belong to a block (they store `blockId` and `streetId`). */
export const BLOCK_COLLECTIONS = [
  'shops',
  'visits',
  'visitAnswers',
  'needs',
  'events',
  'projects',
  'projectClaims',
  'projectFulfilments',
  'projectIntents',
  'notices',
  'badges',
  'positions',
  'teams',
] as const

export interface MigrationReport {
  blockId: string
  /** Records given the block, per collection (0 everywhere on a second run). */
  placed: Record<string, number>
  /** Staff given the block as their scope; admins given the city. */
  staffScoped: number
  adminsScoped: number
}

const updated = (result: unknown) => (result as { stats: { updated: number } }).stats.updated

/**
 * Puts every record without a block into `blockId` (the one block the app served before issue 16) and gives
 * scope-less admins the city and scope-less staff that block. Throws INVALID_INPUT when the block does not exist.
 */
export async function migrateToBlocks(blockId: string): Promise<MigrationReport> {
  const block = await loadBlock(blockId)
  if (!block) throw invalidInput('街区：没有这个街区，请先在「组织架构」里建好街道和街区')
  const placed: Record<string, number> = {}
  for (const collection of BLOCK_COLLECTIONS) {
    // `$in: [null]` matches a missing blockId and a null one (MongoDB semantics, as core/scope.ts relies on).
    placed[collection] = updated(
      await db
        .collection(collection)
        .where({ blockId: _.in([null]) })
        .update({ data: { blockId: block._id, streetId: block.streetId } }),
    )
  }
  const adminsScoped = updated(
    await db
      .collection('users')
      .where({ roles: _.all(['admin']), scope: _.exists(false) })
      .update({ data: { scope: _.set({ level: 'city' }) } }),
  )
  const staffScoped = updated(
    await db
      .collection('users')
      .where({ roles: _.all(['staff']), scope: _.exists(false) })
      .update({ data: { scope: _.set({ level: 'block', blockIds: [block._id] }) } }),
  )
  return { blockId: block._id, placed, staffScoped, adminsScoped }
}

/** The deployer's call: `{ action: 'system.migrateOrg', data: { blockId } }` → `{ ok, data | error }`. */
export async function answerMigration(event: { data?: { blockId?: unknown } }) {
  const blockId = event.data?.blockId
  if (typeof blockId !== 'string' || !blockId) return { ok: false, error: { code: 'INVALID_INPUT', message: '街区：请给出要迁入的街区编号' } }
  try {
    return { ok: true, data: await migrateToBlocks(blockId) }
  } catch (error) {
    const e = error as { code?: string; message?: string }
    if (e.code === 'INVALID_INPUT') return { ok: false, error: { code: e.code, message: e.message } }
    console.error('[api] migration failed', error)
    return { ok: false, error: { code: 'INTERNAL', message: '迁移失败，请看云函数日志' } }
  }
}
