// The "十个一" warm-new (暖新) projects of 新域好店家, and shops' claims on them in every state.
import type { ClaimDoc, FulfilmentDoc, IntentDoc, ProjectDoc } from '../cloudfunctions/api/projects/projectDoc'
import type { Beneficiary, ClaimStatus } from '../types/projects.vocab'
import { demoShops } from './shops'

type ProjectRow = [id: string, name: string, beneficiary: Beneficiary, quota: number, startsOn: string, endsOn: string, summary: string]

const projectRows: ProjectRow[] = [
  ['proj-coffee', '一杯咖啡', 'couriers', 5, '2026-09-01', '2027-08-31', '每天固定时段为骑手、快递小哥送一杯免费咖啡，让奔波的人歇口气。'],
  ['proj-scarf', '一条围巾', 'couriers', 8, '2026-11-01', '2027-02-28', '入冬后为户外劳动者送上一条围巾或一副手套，由店家备货、驿站转交。'],
  ['proj-umbrella', '一把雨伞', 'everyone', 10, '2026-09-01', '2027-08-31', '店门口设爱心雨伞架，雨天可借可还，不登记不押金。'],
  ['proj-water', '一杯热水', 'couriers', 12, '2026-09-01', '2027-08-31', '骑手和环卫工人进店可免费续热水、借微波炉加热午饭。'],
  ['proj-meal', '一份爱心餐', 'elderly', 4, '2026-09-01', '2027-08-31', '为独居老人和困难群众提供每周一次的半价或免费套餐。'],
  ['proj-haircut', '一次义剪', 'elderly', 3, '2026-09-01', '2027-08-31', '每月一次上门或到店为高龄老人免费理发。'],
  ['proj-class', '一堂公益课', 'children', 4, '2026-09-01', '2027-08-31', '寒暑假为新就业群体的孩子开一堂免费的美术、音乐或英语课。'],
  ['proj-book', '一本好书', 'residents', 6, '2026-09-01', '2027-08-31', '店内设共享书架，街坊可借可换，每月推荐一本好书。'],
  ['proj-tyre', '一次补胎', 'couriers', 3, '2026-09-01', '2027-08-31', '电动车补胎、充气、紧螺丝，骑手免工时费。'],
  ['proj-firstaid', '一个急救包', 'everyone', 6, '2026-09-01', '2027-08-31', '店里备好急救包，店员参加街道组织的急救培训，遇事能搭把手。'],
]

type ClaimRow = [projectId: string, shopId: string, status: ClaimStatus, commitment: string, reason?: string]

const claimRows: ClaimRow[] = [
  ['proj-coffee', 'shop-01', 'active', '每天 14:00–17:00 为骑手准备 10 杯美式咖啡'],
  ['proj-scarf', 'shop-01', 'pending', '入冬后备 30 条围巾，放在店门口自取'],
  ['proj-coffee', 'shop-27', 'active', '工作日下午每天 8 杯拿铁，出示骑手工牌即可'],
  ['proj-coffee', 'shop-12', 'pending', '每天 15:00 后送 5 杯热柠檬茶'],
  ['proj-water', 'shop-08', 'approved', '全天免费续热水，午间可借用微波炉'],
  ['proj-umbrella', 'shop-05', 'active', '门口爱心伞架常备 20 把伞，可借可还'],
  ['proj-haircut', 'shop-09', 'completed', '每月第一个周一上午为 80 岁以上老人免费理发'],
  ['proj-meal', 'shop-13', 'rejected', '每周三中午 10 份免费馄饨', '请先与社区食堂对接送餐名单，确认后再提交'],
  ['proj-book', 'shop-03', 'withdrawn', '店内共享书架，每月推荐一本新华路的书'],
  ['proj-tyre', 'shop-21', 'approved', '骑手补胎免工时费，每天 9:00–21:00'],
  ['proj-firstaid', 'shop-10', 'active', '药房常备急救包和 AED，店员持证上岗'],
  ['proj-class', 'shop-14', 'pending', '暑假每周六上午一堂免费少儿美术课'],
]

const PLACE_HOLDING: ClaimStatus[] = ['approved', 'active', 'completed']
const at = (day: string) => new Date(`${day}T10:00:00+08:00`)

export function demoProjects(): ProjectDoc[] {
  return projectRows.map(([id, name, beneficiary, quota, startsOn, endsOn, summary]) => ({
    _id: id,
    name,
    summary,
    beneficiary,
    quota,
    approvedCount: claimRows.filter((c) => c[0] === id && PLACE_HOLDING.includes(c[2])).length,
    startsOn,
    endsOn,
    createdAt: at('2026-09-01'),
    updatedAt: at('2026-09-01'),
  }))
}

const fulfilmentRows: Array<[claimId: string, date: string, given: string]> = [
  ['proj-coffee:shop-01', '2026-11-20', '送出 10 杯美式，骑手们说下午正需要'],
  ['proj-coffee:shop-01', '2026-11-21', '送出 9 杯美式'],
  ['proj-coffee:shop-27', '2026-11-20', '送出 8 杯拿铁'],
  ['proj-umbrella:shop-05', '2026-11-18', '雨天借出 12 把伞，归还 10 把'],
  ['proj-firstaid:shop-10', '2026-11-10', '为一位摔伤的骑手消毒包扎'],
  ['proj-haircut:shop-09', '2026-10-05', '为 6 位老人理发'],
]

export function demoClaims(): ClaimDoc[] {
  const shopName = new Map(demoShops.map((s) => [s._id, s.name]))
  const projectName = new Map(projectRows.map((p) => [p[0], p[1]]))
  return claimRows.map(([projectId, shopId, status, commitment, reason]) => {
    const id = `${projectId}:${shopId}`
    return {
      _id: id,
      projectId,
      projectName: projectName.get(projectId) as string,
      shopId,
      shopName: shopName.get(shopId) as string,
      commitment,
      status,
      rejectReason: reason ?? null,
      fulfilmentCount: fulfilmentRows.filter((f) => f[0] === id).length,
      history: [
        { status: 'pending', at: at('2026-09-10'), by: 'seed' },
        ...(status === 'pending' ? [] : [{ status, at: at('2026-09-15'), by: 'demo-staff', ...(reason ? { reason } : {}) }]),
      ],
      createdAt: at('2026-09-10'),
      updatedAt: at('2026-09-15'),
    }
  })
}

export function demoFulfilments(): FulfilmentDoc[] {
  return fulfilmentRows.map(([claimId, date, given], i) => {
    const [projectId, shopId] = claimId.split(':')
    return { _id: `seed-fulfilment-${i + 1}`, claimId, projectId, shopId, date, given, photoFileId: null, byOpenid: 'seed', createdAt: at(date) }
  })
}

export function demoIntents(): IntentDoc[] {
  const rows: Array<[shopId: string, projectIds: string[], note: string]> = [
    ['shop-04', ['proj-scarf'], '想先了解围巾的规格和发放方式'],
    ['shop-19', ['proj-umbrella', 'proj-book'], '店面小，可以放一个伞架'],
    ['shop-22', ['proj-meal'], '食堂可以承接老人助餐，需要和街道商量补贴'],
  ]
  return rows.map(([shopId, projectIds, note]) => ({
    _id: shopId,
    shopId,
    shopName: demoShops.find((s) => s._id === shopId)?.name ?? shopId,
    projectIds,
    note,
    byOpenid: 'seed',
    createdAt: at('2026-10-08'),
    updatedAt: at('2026-10-08'),
  }))
}
