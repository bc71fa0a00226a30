// Notices of the demo block: one in force, one past typhoon warning; and the shelters and courier storage points
// that join the station map while an emergency is in force.
import type { NoticeDoc } from '../cloudfunctions/api/notices/noticeDoc'
import type { StationFields } from '../cloudfunctions/api/stations/stationDoc'

const DAY = 24 * 60 * 60 * 1000

export function demoNotices(now: Date): NoticeDoc[] {
  const at = (days: number) => new Date(now.getTime() + days * DAY)
  return [
    {
      _id: 'notice-typhoon-bebinca',
      kind: 'emergency',
      title: '台风“贝碧嘉”橙色预警',
      body: '台风“贝碧嘉”将于今夜登陆，请商户收起门口招牌和货架，骑手就近前往临时避难点。',
      startsAt: at(-40),
      expiresAt: at(-38),
      authorOpenid: 'demo-staff',
      createdAt: at(-40),
      updatedAt: at(-40),
    },
    {
      _id: 'notice-night-school',
      kind: 'notice',
      title: '新域夜校秋季班开始报名',
      body: '书法、摄影、沪语三门课程，每周二、周四晚 7 点，商户员工和骑手均可免费报名。',
      startsAt: at(-2),
      expiresAt: at(28),
      authorOpenid: 'demo-staff',
      createdAt: at(-2),
      updatedAt: at(-2),
    },
  ]
}

const ALWAYS = { always: true, periods: [] }

export const demoShelters: StationFields[] = [
  {
    _id: 'shelter-xinhua-01',
    kind: 'shelter',
    name: '新华路街道社区文化中心（临时避难点）',
    address: '长宁区新华路 593 弄 3 号',
    location: { type: 'Point', coordinates: [121.4191, 31.2039] },
    phone: '021-62800502',
    hours: ALWAYS,
    amenities: ['water', 'seating', 'toilet', 'firstaid'],
    description: '台风、暴雨期间开放，可容纳 80 人。',
  },
  {
    _id: 'shelter-xinhua-02',
    kind: 'shelter',
    name: '番禺路小学体育馆（临时避难点）',
    address: '长宁区番禺路 300 号',
    location: { type: 'Point', coordinates: [121.4301, 31.2029] },
    phone: '021-62800503',
    hours: ALWAYS,
    amenities: ['water', 'seating', 'toilet'],
    description: '应急期间开放，请从东门进入。',
  },
  {
    _id: 'storage-xinhua-01',
    kind: 'storage',
    name: '幸福里地下车库（骑手临时存放点）',
    address: '长宁区番禺路 381 号幸福里 B1',
    location: { type: 'Point', coordinates: [121.4331, 31.2007] },
    phone: null,
    hours: ALWAYS,
    amenities: ['charging'],
    description: '台风期间快递、外卖车辆和包裹可临时存放，有专人看管。',
  },
]
