import { newShopForm, shopFormFrom, shopFormProblem, toUpsertInput } from '@/src/staff/shops/edit/shopForm'
import { upsertShopInput, type RegistryShopDetail } from '@/types/shopRegistry'
import { BLOCK_CENTRE } from '@/types/stations.vocab'

const filled = {
  ...newShopForm(),
  name: ' 小满茶饮 ',
  address: '番禺路 415 号',
  category: 'catering' as const,
  grid: 'grid-2' as const,
  tags: ['new' as const],
}

describe('the shop edit form', () => {
  it('a new shop stands at the block centre until placed', () => {
    expect(newShopForm()).toMatchObject({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, placed: false })
  })

  it('names what is missing before saving', () => {
    expect(shopFormProblem(newShopForm())).toBe('请填写店名')
    expect(shopFormProblem({ ...filled, category: null })).toBe('请选择类别')
    expect(shopFormProblem({ ...filled, grid: null })).toBe('请选择网格')
    expect(shopFormProblem({ ...filled, contactName: '王小明' })).toBe('联系人和电话要一起填')
    expect(shopFormProblem(filled)).toBeNull()
  })

  it('sends the contact only when both name and phone are there, and the id only when editing', () => {
    const created = toUpsertInput(filled)
    expect(created).toEqual({
      shop: { name: '小满茶饮', address: '番禺路 415 号', lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, category: 'catering', grid: 'grid-2', tags: ['new'] },
    })
    expect(upsertShopInput.safeParse(created).success).toBe(true)
    const edited = toUpsertInput({ ...filled, contactName: '李四', contactPhone: '13900001111' }, 'shop-12')
    expect(edited).toMatchObject({ shopId: 'shop-12', contact: { name: '李四', phone: '13900001111' } })
    expect(upsertShopInput.safeParse(edited).success).toBe(true)
  })

  it('editing starts from the shop as it is, its position kept', () => {
    const shop = {
      id: 'shop-12',
      name: '小满茶饮',
      address: '番禺路 415 号',
      lat: 31.2013,
      lng: 121.4312,
      category: 'catering',
      grid: 'grid-2',
      tags: ['new'],
      contact: { name: '王小明', phone: '13812345678', from: '', to: null },
      pastContacts: [],
      managerCount: 0,
      managers: [],
      pastManagers: [],
      lastVisitAt: null,
    } as RegistryShopDetail
    expect(shopFormFrom(shop)).toMatchObject({ lat: 31.2013, lng: 121.4312, placed: true, contactName: '王小明', contactPhone: '13812345678' })
  })
})
