// "我的" rows: each feature adds the person's own records here (my events, my claims, my needs, my data …).
import type { Entry } from '@/src/shared/entries'
import { MY_DATA_PAGE, PRIVACY_GUIDE_PAGE } from '../privacy/routes'
import { STAFF_ROLES } from '@/types/roles'

export const myEntries: Entry[] = []

myEntries.push({
  key: 'my-events',
  title: '我的活动',
  description: '报名的活动、候补位次、签到码，可在截止前取消',
  url: '/features/events/subpages/mine/index',
})

myEntries.push({ key: 'my-needs', title: '我的诉求', description: '反映过的问题和每一步处理进度', url: '/features/needs/subpages/mine/index' })

myEntries.push(
  { key: 'my-favourites', title: '我的收藏', description: '收藏的服务资源', url: '/features/resources/subpages/favourites/index' },
  { key: 'my-badge', title: '我的工作牌', description: '出示给商户和居民扫码核验', url: '/features/badges/subpages/mine/index', roles: STAFF_ROLES },
)

myEntries.push({
  key: 'my-claims',
  title: '我的认领',
  description: '店铺认领的公益项目、审核进度和履约记录',
  url: '/features/projects/subpages/mine/index',
  roles: ['merchant'],
})

myEntries.push({ key: 'my-hours', title: '我的志愿时长', description: '累计时长和每次活动的签到签退记录', url: '/features/teams/subpages/hours/index' })

myEntries.push({
  key: 'my-idcode',
  title: '我的身份码',
  description: '出示给网格员扫码：开通身份、发放工作牌、登记店铺负责人',
  url: '/features/users/subpages/idcode/index',
})

myEntries.push({
  key: 'my-block',
  title: '我的街区',
  description: '我住在或工作在哪个街区：按位置推荐、扫街区二维码或自己选',
  url: '/features/org/subpages/homeblock/index',
})

// Always last: what the system holds about me, and the rules it keeps.
myEntries.push(
  { key: 'my-data', title: '我的数据', description: '查看、导出或删除与我有关的全部记录', url: MY_DATA_PAGE },
  { key: 'privacy-guide', title: '隐私保护指引', description: '我们收集什么、为什么、保存多久', url: PRIVACY_GUIDE_PAGE },
)
