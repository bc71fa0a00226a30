import { randomUUID } from 'node:crypto'
import { positionIdInput, savePositionInput } from '@/types/positions'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { geoPoint } from '../core/geo'
import { toPositionView, type PositionDoc } from './positionDoc'
import { assertInScope, callerScope, placeInScope, type Scope } from '../core/scope'
import { placeOf } from '../org/placeOf'
import type { OrgPlace } from '../org/orgDocs'
import { STAFF_ROLES } from '@/types/roles'

/** The position, if the caller's scope covers it (another block's answers NOT_FOUND); answers where it sits. */
async function assertExists(id: string, scope: Scope): Promise<OrgPlace> {
  const doc = await firstDoc<PositionDoc>(db.collection('positions').where({ _id: id }).limit(1))
  if (!doc) throw notFound('没有找到这个阵地')
  return placeOf(assertInScope(scope, doc, '没有找到这个阵地'))
}

export const savePosition = defineAction({
  name: 'positions.save',
  input: savePositionInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const scope = callerScope(caller)
    const place = input.id ? await assertExists(input.id, scope) : await placeInScope(scope, input.blockId, input)
    await assertTextIsClean(caller.openid, [input.name, input.address, ...input.featured])
    const doc: PositionDoc = {
      _id: input.id ?? `pos-${randomUUID()}`,
      name: input.name,
      address: input.address,
      location: geoPoint(input.lat, input.lng),
      hours: input.hours,
      phone: input.phone || null,
      featured: input.featured,
      updatedAt: now,
    }
    const { _id, ...fields } = doc
    await db
      .collection('positions')
      .doc(_id)
      .set({ data: { ...fields, ...place } })
    return toPositionView(doc)
  },
})

export const removePosition = defineAction({
  name: 'positions.remove',
  input: positionIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    await assertExists(input.id, callerScope(caller))
    await db.collection('positions').doc(input.id).remove()
    return { id: input.id }
  },
})
