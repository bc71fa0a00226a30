// Demo events: every kind, some nearly full, one full with a waitlist, one QR-only, one already past.
import type { EventFields } from '../types/events'
import type { EventDoc, SignupDoc, SignupFormDoc } from '../cloudfunctions/api/events/eventDoc'
import { storedFields } from '../cloudfunctions/api/events/eventFields'

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const NAME_PHONE: EventFields['formFields'] = [
  { key: 'name', label: '姓名', type: 'name', required: true },
  { key: 'phone', label: '手机号', type: 'phone', required: true },
]
const PLACE = { name: '新华路街区党群服务站', address: '长宁区新华路 211 号', lat: 31.2049, lng: 121.4251 }
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'

interface DemoEvent {
  id: string
  fields: EventFields
  seated: number
  waitlisted?: number
  checkedIn?: number
}

/** Local 09:30 (Shanghai) `days` from `now`'s date. */
function at(now: Date, days: number, hour = 9.5): string {
  const shanghaiMidnight = Math.floor((now.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR
  return new Date(shanghaiMidnight + days * DAY + hour * HOUR).toISOString()
}

function fields(now: Date, days: number, hours: number, f: Partial<EventFields> & Pick<EventFields, 'kind' | 'title' | 'capacity'>): EventFields {
  return {
    description: '',
    organiser: '新华路街区党支部',
    place: PLACE,
    startAt: at(now, days),
    endAt: at(now, days, 9.5 + hours),
    signupDeadline: at(now, days - 1, 20),
    waitlistEnabled: true,
    audience: 'all',
    visibility: 'public',
    formFields: NAME_PHONE,
    ...f,
  }
}

function demoEvents(now: Date): DemoEvent[] {
  const night = (week: number) => ({ title: `第 ${week + 1} 课`, startAt: at(now, 7 + week * 7, 19), endAt: at(now, 7 + week * 7, 20.5) })
  return [
    {
      id: 'ev-demo-market',
      seated: 38,
      fields: fields(now, 3, 3, {
        kind: 'market',
        title: '便民超市·周末惠民集市',
        capacity: 40,
        formFields: [],
        description: '蔬果、理发、磨刀、家电维修，商户摆摊，居民凭报名领取惠民券。',
        place: { ...PLACE, name: '番禺路幸福里广场', address: '长宁区番禺路 381 号' },
      }),
    },
    {
      id: 'ev-demo-walk-renwen',
      seated: 30,
      waitlisted: 3,
      fields: fields(now, 5, 2, {
        kind: 'walkingLesson',
        title: '特色行走党课·人文新华',
        capacity: 30,
        route: 'renwen',
        description: '沿新华路的梧桐与老洋房，边走边听街区百年故事。',
      }),
    },
    {
      id: 'ev-demo-walk-governance',
      seated: 6,
      fields: fields(now, 12, 2, {
        kind: 'walkingLesson',
        title: '特色行走党课·社区治理',
        capacity: 25,
        route: 'governance',
        description: '走进驿站与微网格，看“三把哨子”如何解决商户难题。',
      }),
    },
    {
      id: 'ev-demo-walk-glory',
      seated: 2,
      fields: fields(now, 19, 2, {
        kind: 'walkingLesson',
        title: '特色行走党课·光辉足迹',
        capacity: 25,
        route: 'glory',
        description: '寻访长宁红色足迹，重温初心。',
      }),
    },
    {
      id: 'ev-demo-nightschool',
      seated: 21,
      fields: {
        ...fields(now, 7, 0, {
          kind: 'nightSchool',
          title: '新域夜校·短视频运营入门',
          capacity: 40,
          description: '三节课学会拍摄、剪辑与直播带货，一次报名全程参加。',
        }),
        endAt: at(now, 21, 20.5),
        sessions: [0, 1, 2].map(night),
        startAt: at(now, 7, 19),
        signupDeadline: at(now, 6, 20),
      },
    },
    {
      id: 'ev-demo-startup',
      seated: 18,
      fields: fields(now, 9, 3, {
        kind: 'startup',
        title: '创业工坊·小店融资与招聘',
        capacity: 20,
        audience: 'merchant',
        formFields: [...NAME_PHONE, { key: 'shopName', label: '店名', type: 'text', required: true }],
        description: '银行与人社专员现场答疑：贴息贷款、用工招聘。仅限商户。',
      }),
    },
    {
      id: 'ev-demo-stage',
      seated: 4,
      fields: fields(now, 14, 2.5, {
        kind: 'stage',
        title: '幸福加油站·街头才艺秀',
        capacity: 60,
        visibility: 'qr',
        description: '主播、博主、街头艺人的舞台。扫码报名上台。',
      }),
    },
    {
      id: 'ev-demo-sports-riders',
      seated: 12,
      fields: fields(now, 10, 3, {
        kind: 'sports',
        title: '骑手专场·趣味定向赛',
        capacity: 50,
        audience: 'courier',
        description: '给骑手兄弟的运动会：定向打卡、拔河，赢取充电宝。',
      }),
    },
    {
      id: 'ev-demo-sports',
      seated: 95,
      fields: fields(now, 16, 4, {
        kind: 'sports',
        title: '街区运动会·邻里接力赛',
        capacity: 120,
        description: '商户、居民、骑手组队参加，接力、跳绳、套圈。',
        place: { ...PLACE, name: '新华路小学操场', address: '长宁区新华路 355 号' },
      }),
    },
    {
      id: 'ev-demo-past',
      seated: 20,
      checkedIn: 17,
      fields: fields(now, -20, 3, { kind: 'sports', title: '街区运动会·春季健步走', capacity: 20, description: '已结束：感谢 17 位邻居参加。' }),
    },
  ]
}

export function demoEventData(now: Date): { events: EventDoc[]; signups: SignupDoc[]; forms: SignupFormDoc[] } {
  const events: EventDoc[] = []
  const signups: SignupDoc[] = []
  const forms: SignupFormDoc[] = []
  for (const demo of demoEvents(now)) {
    const stored = storedFields(demo.fields)
    const waiting = demo.waitlisted ?? 0
    events.push({
      _id: demo.id,
      ...stored,
      status: 'published',
      seatsTaken: demo.seated,
      waitlistIssued: waiting,
      eventSecret: `${demo.id}-secret`,
      inviteCode: `${demo.id}-invite`.slice(-12),
      staffOpenids: ['demo-staff'],
      createdAt: now,
      updatedAt: now,
    })
    for (let i = 0; i < demo.seated + waiting; i++) {
      const openid = `seed-neighbour-${String(i + 1).padStart(3, '0')}`
      const id = `${demo.id}:${openid}`
      const createdAt = new Date(stored.signupDeadline.getTime() - (demo.seated + waiting - i) * HOUR)
      const checkedIn = i < (demo.checkedIn ?? 0)
      signups.push({
        _id: id,
        eventId: demo.id,
        openid,
        status: i < demo.seated ? 'seated' : 'waitlisted',
        waitTicket: i < demo.seated ? null : i - demo.seated + 1,
        checkinToken: `${id}-token`,
        checkedInAt: checkedIn ? stored.startAt : null,
        checkedInBy: checkedIn ? 'demo-staff' : null,
        remind: false,
        reminderSentAt: null,
        startAt: stored.startAt,
        createdAt,
        updatedAt: createdAt,
      })
      if (demo.fields.formFields.length) {
        const answers: Record<string, string> = { name: `${SURNAMES[i % SURNAMES.length]}邻居${i + 1}`, phone: `139${String(10000000 + i * 7919).slice(-8)}` }
        if (demo.fields.formFields.some((f) => f.key === 'shopName')) answers.shopName = `新华路小店 ${i + 1} 号`
        forms.push({ _id: id, eventId: demo.id, openid, answers, updatedAt: createdAt })
      }
    }
  }
  return { events, signups, forms }
}
