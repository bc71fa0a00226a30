// Arranging a suite's own data instead of leaning on the seed's ids (issue 15 item 4): one street with one block
// and its grid, the people a suite needs, and shops made through the real staff action (shops.upsert).
import type { Role } from '@/types/roles'
import type { ShopCategory, ShopTag } from '@/types/shops.vocab'
import type { TestCloud } from './localCloud'

/** The arranged organisation and its two staff: a block's 网格员 and a city-wide admin. */
export const ARRANGED = {
  street: 'ar-street',
  block: 'ar-block',
  grid: 'ar-grid',
  /** The block's second grid. */
  grid2: 'ar-grid-2',
  staff: 'ar-staff',
  admin: 'ar-admin',
} as const

/** The block's centre (GCJ-02 degrees): shops made here fall inside it. */
export const BLOCK_CENTRE = { lat: 31.2046, lng: 121.4247 }

const AT = new Date('2026-09-01T09:00:00+08:00')

/**
 * Inserts 测试街道 with 测试街区 (block `ARRANGED.block`) and its 第一网格 and 第二网格, the block's staff member
 * (`ARRANGED.staff`, nickname 网格员) and a city-wide admin (`ARRANGED.admin`, 街道管理员). Call once per cloud.
 */
export async function arrangeBlock(cloud: TestCloud): Promise<void> {
  await cloud.store.insertMany('streets', [{ _id: ARRANGED.street, name: '测试街道', createdAt: AT, updatedAt: AT }])
  await cloud.store.insertMany('blocks', [
    {
      _id: ARRANGED.block,
      streetId: ARRANGED.street,
      name: '测试街区',
      branch: '测试街区党支部',
      centre: BLOCK_CENTRE,
      boundary: null,
      createdAt: AT,
      updatedAt: AT,
    },
  ])
  await cloud.store.insertMany('grids', [
    { _id: ARRANGED.grid, blockId: ARRANGED.block, streetId: ARRANGED.street, name: '第一网格', order: 0, retired: false },
    { _id: ARRANGED.grid2, blockId: ARRANGED.block, streetId: ARRANGED.street, name: '第二网格', order: 1, retired: false },
  ])
  await makeStaff(cloud, ARRANGED.staff, '网格员')
  await cloud.store.insertMany('users', [{ _id: ARRANGED.admin, roles: ['staff', 'admin'], nickname: '街道管理员', scope: { level: 'city' }, createdAt: AT }])
}

/** A staff member of the arranged block (roles resident + staff, scope: that block only). */
export async function makeStaff(cloud: TestCloud, openid: string, nickname: string): Promise<void> {
  await cloud.store.insertMany('users', [
    { _id: openid, roles: ['resident', 'staff'], nickname, scope: { level: 'block', blockIds: [ARRANGED.block] }, createdAt: AT },
  ])
}

/** A person with these roles (default: a resident) and a nickname. */
export async function makePerson(cloud: TestCloud, openid: string, nickname: string, roles: Role[] = ['resident']): Promise<void> {
  await cloud.store.insertMany('users', [{ _id: openid, roles, nickname, createdAt: AT }])
}

export interface ShopOverrides {
  name?: string
  address?: string
  lat?: number
  lng?: number
  category?: ShopCategory
  tags?: ShopTag[]
  /** Default `ARRANGED.grid`. */
  grid?: string
}

/** A shop in the arranged block's grid, made by `by` (default the block's staff) through shops.upsert; answers its id. */
export async function makeShop(cloud: TestCloud, overrides: ShopOverrides = {}, by: string = ARRANGED.staff): Promise<string> {
  const shop = { name: '测试小店', address: '新华路 1 号', ...BLOCK_CENTRE, category: 'retail' as const, grid: ARRANGED.grid as string, tags: [], ...overrides }
  return (await cloud.callOk('shops.upsert', { shop }, by)).id
}

/** Makes `openid` a manager of the shop (shops.attachManager by the block's staff): they become a merchant. */
export async function makeManager(cloud: TestCloud, shopId: string, openid: string): Promise<void> {
  await cloud.callOk('shops.attachManager', { shopId, openid }, ARRANGED.staff)
}

/** A 暖新项目 of the arranged block (projects.save by its staff), open 2026-01-01 to 2027-12-31; answers its id. */
export async function makeProject(cloud: TestCloud, name: string, quota = 20): Promise<string> {
  const fields = { name, summary: `${name}：商户承诺，街区认证`, beneficiary: 'everyone' as const, quota, startsOn: '2026-01-01', endsOn: '2027-12-31' }
  return (await cloud.callOk('projects.save', { fields }, ARRANGED.staff)).id
}

/** A volunteer team of the arranged block (teams.save by the admin); answers its id. */
export async function makeTeam(cloud: TestCloud, name: string): Promise<string> {
  return (await cloud.callOk('teams.save', { name, description: `${name}：街区志愿服务`, blockId: ARRANGED.block }, ARRANGED.admin)).id
}
