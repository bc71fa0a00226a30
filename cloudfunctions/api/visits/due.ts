import { dueVisitsInput } from '@/types/visits'
import { defineAction } from '../core/action'
import { allShops } from '../shops/registry'
import { callerScope, scopeWhere } from '../core/scope'
import { assertKnownGrid } from '../org/gridCheck'
import { orderByLongestSinceVisit, toDueVisitShop } from './dueOrder'
import { STAFF_ROLES } from '@/types/roles'

/** 商户走访: a grid's shops in the order to visit them (no staff names, no counts per person). */
export const dueVisits = defineAction({
  name: 'visits.due',
  input: dueVisitsInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    await assertKnownGrid(input.grid)
    const shops = (await allShops({ grid: input.grid, ...scopeWhere(callerScope(caller)) })).map((s) => ({ ...s, id: s._id }))
    return { shops: orderByLongestSinceVisit(shops).map((s) => toDueVisitShop(s, now)) }
  },
})
