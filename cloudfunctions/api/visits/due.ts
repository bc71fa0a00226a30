import { dueVisitsInput } from '../../../types/visits'
import { defineAction } from '../core/action'
import { allShops } from '../shops/registry'
import { orderByLongestSinceVisit, toDueVisitShop } from './dueOrder'
import { STAFF_ROLES } from '../../../types/roles'

/** 商户走访: a grid's shops in the order to visit them (no staff names, no counts per person). */
export const dueVisits = defineAction({
  name: 'visits.due',
  input: dueVisitsInput,
  roles: STAFF_ROLES,
  async handle({ input, now }) {
    const shops = (await allShops({ grid: input.grid })).map((s) => ({ ...s, id: s._id }))
    return { shops: orderByLongestSinceVisit(shops).map((s) => toDueVisitShop(s, now)) }
  },
})
