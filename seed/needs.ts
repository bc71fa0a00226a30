// Needs, visits and the registry's contacts for the demo block: three months of grid work, needs at every
// whistle level and status. Deterministic (a fixed pseudo-random sequence), relative to the seeding time.
import type { NeedDoc, NeedEvent } from '../cloudfunctions/api/needs/needDoc'
import { deadlineFor } from '../cloudfunctions/api/needs/rules'
import type { RegistryShopDoc, ShopContactDoc } from '../cloudfunctions/api/shops/registryDoc'
import type { ShopDoc } from '../cloudfunctions/api/shops/shopDoc'
import type { VisitAnswersDoc, VisitDoc } from '../cloudfunctions/api/visits/visitDoc'
import { shanghaiDay } from '../cloudfunctions/api/visits/visitDoc'
import type { NeedCategory, NeedLevel, NeedStatus } from '../types/needs.vocab'

const DAY = 86_400_000
const SURNAMES = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何'
const STAFF = ['demo-staff', 'demo-admin']

function sequence(seed: number) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return x / 2147483648
  }
}

type NeedRow = [NeedCategory, string, NeedLevel, NeedStatus, number]
const NEEDS: NeedRow[] = [
  ['hiring', '想招两名咖啡师，有没有渠道', 1, 'submitted', 0.2],
  ['signboard', '台风前店招需要加固检查', 1, 'accepted', 0.6],
  ['noise', '楼上琴行晚上练琴太吵', 2, 'submitted', 2],
  ['fire', '消防通道被电瓶车堵住', 2, 'accepted', 3],
  ['financing', '想了解小微企业贷款贴息政策', 3, 'accepted', 6],
  ['venue', '想借社区场地办读书会', 1, 'resolved', 20],
  ['policy', '新开店办营业执照要准备什么', 1, 'resolved', 35],
  ['hiring', '暑期需要兼职店员', 2, 'resolved', 50],
  ['noise', '空调外机噪音邻居投诉', 3, 'resolved', 70],
  ['station', '驿站晚上九点就关门了', 1, 'submitted', 0.5],
]

export function demoNeedsAndVisits(shops: ShopDoc[], now: Date) {
  const rand = sequence(42)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]

  const registryShops: RegistryShopDoc[] = shops.map((s) => ({ ...s, contactId: null, lastVisitAt: null }))
  const contacts: ShopContactDoc[] = []
  registryShops.forEach((shop, i) => {
    const phone = () =>
      `13${Math.floor(rand() * 1e9)
        .toString()
        .padStart(9, '0')}`
    const since = new Date(now.getTime() - (200 + i) * DAY)
    if (i % 4 === 0) {
      // Shops change hands: an earlier contact, kept as past.
      const left = new Date(now.getTime() - (60 + i) * DAY)
      contacts.push({ _id: `${shop._id}:${since.getTime()}`, shopId: shop._id, name: `${pick([...SURNAMES])}先生`, phone: phone(), from: since, to: left })
      contacts.push({ _id: `${shop._id}:${left.getTime()}`, shopId: shop._id, name: `${pick([...SURNAMES])}女士`, phone: phone(), from: left, to: null })
    } else {
      contacts.push({ _id: `${shop._id}:${since.getTime()}`, shopId: shop._id, name: `${pick([...SURNAMES])}老板`, phone: phone(), from: since, to: null })
    }
    shop.contactId = contacts[contacts.length - 1]._id
  })

  const visits: VisitDoc[] = []
  const answers: VisitAnswersDoc[] = []
  for (let daysAgo = 90; daysAgo >= 1; daysAgo -= 3) {
    for (const shop of registryShops) {
      if (rand() > 0.12) continue
      const day = shanghaiDay(new Date(now.getTime() - daysAgo * DAY))
      const staff = pick(STAFF)
      const id = `${shop._id}:${day}:${staff}`
      visits.push({
        _id: id,
        shopId: shop._id,
        shopName: shop.name,
        grid: shop.grid,
        day,
        staffOpenid: staff,
        notes: pick(['店主在，聊了经营情况', '送去服务资源包', '提醒台风前检查店招', null]),
        photos: [],
        needId: null,
        createdAt: new Date(`${day}T15:00:00+08:00`),
      })
      const members = rand() < 0.3
      answers.push({
        _id: id,
        shopId: shop._id,
        grid: shop.grid,
        day,
        partyMembers: members ? pick(['here', 'elsewhere'] as const) : pick(['none', 'unknown'] as const),
        ...(members ? { partyMemberCount: 1 + Math.floor(rand() * 3) } : {}),
        childcareNeeded: rand() < 0.2,
        ...(rand() < 0.25 ? { difficulties: pick(['招工难', '房租上涨', '客流下降']) } : {}),
      })
      const at = new Date(`${day}T12:00:00+08:00`)
      if (!shop.lastVisitAt || shop.lastVisitAt < at) shop.lastVisitAt = at
    }
  }

  const needs: NeedDoc[] = NEEDS.map(([category, description, level, status, ageDays], i) => {
    const shop = category === 'station' ? null : registryShops[(i * 7) % registryShops.length]
    const created = new Date(now.getTime() - ageDays * DAY)
    const submitter = i % 3 === 0 ? 'demo-merchant' : `demo-seed-${i}`
    const history: NeedEvent[] = [{ step: 'submit', at: created, by: submitter, role: 'submitter', note: null }]
    let t = created.getTime()
    for (let l = 1; l < level; l++) {
      t += (l === 1 ? 20 : 60) * 3_600_000
      history.push({
        step: 'escalate',
        at: new Date(t),
        by: 'demo-staff',
        role: 'staff',
        note: '需要上一级协调',
        fromLevel: l as NeedLevel,
        toLevel: (l + 1) as NeedLevel,
      })
    }
    const levelSince = new Date(t)
    if (status !== 'submitted')
      history.push({
        step: 'accept',
        at: new Date((t += 2 * 3_600_000)),
        by: level === 3 ? 'demo-admin' : 'demo-staff',
        role: level === 3 ? 'admin' : 'staff',
        note: null,
      })
    const resolvedAt = status === 'resolved' ? new Date((t += 10 * 3_600_000)) : null
    if (resolvedAt) history.push({ step: 'resolve', at: resolvedAt, by: 'demo-staff', role: level === 3 ? 'admin' : 'staff', note: '已协调解决' })
    const rating = status === 'resolved' && i % 2 === 1 ? { stars: 5, comment: '处理得很快' } : null
    if (rating && resolvedAt)
      history.push({ step: 'rate', at: new Date(resolvedAt.getTime() + DAY), by: submitter, role: 'submitter', note: '5 星：处理得很快' })
    return {
      _id: `need-demo-${String(i + 1).padStart(2, '0')}`,
      submitterOpenid: submitter,
      category,
      description,
      photos: [],
      place: null,
      stationId: category === 'station' ? 'st-xinhua-01' : null,
      stationName: category === 'station' ? '新华路红色驿站' : null,
      shopId: shop?._id ?? null,
      shopName: shop?.name ?? null,
      grid: shop?.grid ?? null,
      visitId: null,
      level,
      status,
      assigneeOpenid: status === 'submitted' ? null : level === 3 ? 'demo-admin' : 'demo-staff',
      // Open needs keep a little time at their level, so the demo does not escalate on its first tick.
      deadline: status === 'resolved' ? null : deadlineFor(level, new Date(Math.max(levelSince.getTime(), now.getTime() - 3_600_000))),
      levelSince,
      createdAt: created,
      updatedAt: new Date(t),
      resolvedAt,
      rating,
      history,
    }
  })
  return { shops: registryShops, contacts, visits, answers, needs }
}
