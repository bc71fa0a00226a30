import { randomUUID } from 'node:crypto'
import { resourceIdInput, saveResourceInput } from '@/types/resources'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { toResourceView, type ResourceDoc } from './resourceDoc'
import { STAFF_ROLES } from '@/types/roles'

/** Staff add or edit an entry; `updatedAt` is what the app shows as "updated on". */
export const saveResource = defineAction({
  name: 'resources.save',
  input: saveResourceInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    if (input.id) {
      const existing = await firstDoc<ResourceDoc>(db.collection('resources').where({ _id: input.id }).limit(1))
      if (!existing) throw notFound('没有找到这个条目，可能已被删除')
    }
    await assertTextIsClean(caller.openid, [input.title, input.summary, input.contactName, input.address, ...(input.steps ?? [])])
    const doc: ResourceDoc = {
      _id: input.id ?? `res-${randomUUID()}`,
      category: input.category,
      title: input.title,
      summary: input.summary,
      contactName: input.contactName || null,
      phone: input.phone || null,
      address: input.address || null,
      hours: input.hours || null,
      link: input.link || null,
      steps: input.steps ?? [],
      updatedAt: now,
    }
    const { _id, ...fields } = doc
    await db.collection('resources').doc(_id).set({ data: fields })
    return toResourceView(doc)
  },
})

export const removeResource = defineAction({
  name: 'resources.remove',
  input: resourceIdInput,
  roles: STAFF_ROLES,
  async handle({ input }) {
    const existing = await firstDoc<ResourceDoc>(db.collection('resources').where({ _id: input.id }).limit(1))
    if (!existing) throw notFound('没有找到这个条目，可能已被删除')
    await db.collection('resources').doc(input.id).remove()
    return { id: input.id }
  },
})
