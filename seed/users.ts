import type { Role } from '../types/roles'
import type { StaffScope } from '../types/org'
import { DEMO_BLOCK } from './org'

/** The fixed demo identities of the local cloud (the h5 identity switcher offers exactly these). */
export const demoUsers: Array<{ _id: string; roles: Role[]; nickname: string; scope?: StaffScope; homeBlockId?: string; homeStreetId?: string }> = [
  { _id: 'demo-resident', roles: ['resident'], nickname: '演示居民', homeBlockId: DEMO_BLOCK.blockId, homeStreetId: DEMO_BLOCK.streetId },
  { _id: 'demo-merchant', roles: ['resident', 'merchant'], nickname: '演示商户' },
  { _id: 'demo-courier', roles: ['courier'], nickname: '演示骑手' },
  { _id: 'demo-staff', roles: ['resident', 'staff'], nickname: '演示网格员', scope: { level: 'block', blockIds: [DEMO_BLOCK.blockId] } },
  { _id: 'demo-admin', roles: ['staff', 'admin'], nickname: '演示街道管理员', scope: { level: 'city' } },
]
