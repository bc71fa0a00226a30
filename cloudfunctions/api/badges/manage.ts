import { randomBytes, randomUUID } from 'node:crypto'
import { badgeIdInput, issueBadgeInput, noBadgeInput } from '@/types/badges'
import { ISSUED_BY } from '@/types/badges.vocab'
import { defineAction } from '../core/action'
import { loadUser } from '../core/caller'
import { db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { forbidden, invalidInput } from '../core/errors'
import { signBadgeCode } from './badgeCode'
import { assertInScope, callerScope, covers, scopeWhere } from '../core/scope'
import { assertKnownGrid } from '../org/gridCheck'
import { toBadgeView, type BadgeDoc } from './badgeDoc'
import { ADMIN_ROLES, STAFF_ROLES } from '@/types/roles'

/** A staff member's own badge with its signed code (the latest active one). */
export const myBadge = defineAction({
  name: 'badges.mine',
  input: noBadgeInput,
  roles: STAFF_ROLES,
  async handle({ caller }) {
    const doc = await firstDoc<BadgeDoc>(db.collection('badges').where({ holderOpenid: caller.openid, status: 'active' }).orderBy('issuedAt', 'desc').limit(1))
    if (!doc) return { badge: null }
    return { badge: { ...(await toBadgeView(doc)), code: signBadgeCode(doc._id, doc.nonce) } }
  },
})

export const listBadges = defineAction({
  name: 'badges.list',
  input: noBadgeInput,
  roles: STAFF_ROLES,
  async handle({ caller }) {
    const docs = await getDocs<BadgeDoc>(
      db
        .collection('badges')
        .where(scopeWhere(callerScope(caller)))
        .orderBy('issuedAt', 'desc')
        .limit(200),
    )
    return { badges: await Promise.all(docs.map(toBadgeView)) }
  },
})

/** Issues a badge to a staff member; their earlier badges are revoked, so one person carries one valid badge. */
export const issueBadge = defineAction({
  name: 'badges.issue',
  input: issueBadgeInput,
  // Only the street office issues badges: a badge answers "你是谁?", so nobody vouches for themselves.
  roles: ADMIN_ROLES,
  async handle({ caller, input, now }) {
    const validUntil = new Date(input.validUntil)
    if (validUntil.getTime() <= now.getTime()) throw invalidInput('有效期应晚于今天')
    const holder = await loadUser(input.openid)
    if (!holder || !holder.roles.some((role) => role === 'staff' || role === 'admin')) {
      throw invalidInput('只能给网格员或街道管理员发工作牌')
    }
    // The badge sits in its grid's block (issue 16): an admin issues only inside their scope.
    const grid = await assertKnownGrid(input.grid)
    const place = grid ? { blockId: grid.blockId, streetId: grid.streetId } : { blockId: null, streetId: null }
    if (grid && !covers(callerScope(caller), place)) throw forbidden('这个网格不在你的管理范围内')
    await db
      .collection('badges')
      .where({ holderOpenid: input.openid, status: 'active' })
      .update({ data: { status: 'revoked', revokedAt: now } })
    const doc: BadgeDoc = {
      _id: randomUUID(),
      holderOpenid: input.openid,
      name: input.name,
      title: input.title,
      grid: input.grid,
      photoFileId: input.photoFileId ?? null,
      issuedBy: ISSUED_BY,
      issuedByOpenid: caller.openid,
      nonce: randomBytes(12).toString('base64url'),
      status: 'active',
      issuedAt: now,
      validUntil,
      revokedAt: null,
    }
    const { _id, ...fields } = doc
    await db
      .collection('badges')
      .doc(_id)
      .set({ data: { ...fields, ...place } })
    return { ...(await toBadgeView(doc)), code: signBadgeCode(doc._id, doc.nonce) }
  },
})

/** Revoked at once: every code of this badge then verifies as not valid, whatever its signature. */
export const revokeBadge = defineAction({
  name: 'badges.revoke',
  input: badgeIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const doc = assertInScope(callerScope(caller), await firstDoc<BadgeDoc>(db.collection('badges').where({ _id: input.id }).limit(1)), '没有找到这个工作牌')
    const holder = await loadUser(doc.holderOpenid)
    if (holder?.roles.includes('admin') && !caller.roles.includes('admin')) throw forbidden('街道管理员的工作牌只能由街道管理员收回')
    if (doc.status !== 'revoked') {
      await db
        .collection('badges')
        .doc(input.id)
        .update({ data: { status: 'revoked', revokedAt: now } })
    }
    return toBadgeView({ ...doc, status: 'revoked', revokedAt: doc.revokedAt ?? now })
  },
})
