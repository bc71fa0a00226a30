import { myShopsInput } from '@/types/shops'
import { defineAction } from '../core/action'
import { shopsManagedBy } from './membership'
import { toShopView } from './shopDoc'

export const myShops = defineAction({
  name: 'shops.mine',
  input: myShopsInput,
  async handle({ caller }) {
    return { shops: (await shopsManagedBy(caller.openid)).map(toShopView) }
  },
})
