import { placeOf } from '../org/placeOf'
import { callerScope, scopeWhere } from '../core/scope'
import { intentInput, noInput } from '@/types/projects'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { invalidInput } from '../core/errors'
import { requireShopManager } from '../shops/membership'
import { toIntentView, type IntentDoc, type ProjectDoc } from './projectDoc'
import { intents, projects } from './store'
import { STAFF_ROLES } from '@/types/roles'

/** A shop not ready to claim tells staff what it might take on; one intent per shop, the latest wins. */
export const submitIntent = defineAction({
  name: 'projects.intent',
  input: intentInput,
  async handle({ caller, input, now }) {
    const shop = await requireShopManager(caller, input.shopId)
    const projectIds: string[] = [...new Set<string>(input.projectIds ?? [])]
    if (projectIds.length > 0) {
      const known = await getDocs<Pick<ProjectDoc, '_id'>>(
        projects()
          .where({ _id: _.in(projectIds) })
          .field({ _id: true })
          .limit(100),
      )
      const missing = projectIds.filter((id) => !known.some((p) => p._id === id))
      if (missing.length) throw invalidInput(`没有这些项目：${missing.join('、')}`)
    }
    if (projectIds.length === 0 && !input.note) throw invalidInput('请选择感兴趣的项目或留言')
    const existing = (await getDocs<IntentDoc>(intents().where({ _id: shop._id }).limit(1)))[0]
    const doc: Omit<IntentDoc, '_id'> = {
      shopId: shop._id,
      shopName: shop.name,
      projectIds,
      note: input.note ?? '',
      byOpenid: caller.openid,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    }
    await intents()
      .doc(shop._id)
      .set({ data: { ...doc, ...placeOf(shop) } })
    return toIntentView({ ...doc, _id: shop._id })
  },
})

export const listIntents = defineAction({
  name: 'projects.intents',
  input: noInput,
  roles: STAFF_ROLES,
  async handle({ caller }) {
    const docs = await getDocs<IntentDoc>(
      intents()
        .where(scopeWhere(callerScope(caller)))
        .orderBy('updatedAt', 'desc')
        .limit(500),
    )
    return { intents: docs.map(toIntentView) }
  },
})
