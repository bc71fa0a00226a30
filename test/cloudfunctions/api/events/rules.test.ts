import { parseCode, attendeeCode, eventCode } from '@/cloudfunctions/api/events/codes'
import { checkinWindowProblem, maskAnswers, toCsv, validateForm } from '@/cloudfunctions/api/events/rules'

const fields = [
  { key: 'name', label: '姓名', type: 'name', required: true },
  { key: 'phone', label: '手机号', type: 'phone', required: false },
] as const

it('a form keeps only the event’s own fields and checks phones', () => {
  expect(validateForm(fields, { name: ' 王五 ', phone: '138-1234-5678' })).toEqual({ answers: { name: '王五', phone: '13812345678' } })
  expect(validateForm(fields, {})).toEqual({ problem: '请填写姓名' })
  expect(validateForm(fields, { name: 'a', phone: '12' })).toEqual({ problem: '手机号：应为 11 位手机号' })
  expect(validateForm(fields, { name: 'a', extra: 'x' })).toEqual({ problem: '报名表没有这一项：extra' })
})

it('names and phones are masked, in the CSV too; a formula cannot sneak into a spreadsheet', () => {
  expect(maskAnswers(fields, { name: '王小明', phone: '13812345678' })).toEqual({ name: '王**', phone: '138****5678' })
  expect(toCsv(['a'], [['=SUM(A1)']])).toContain(`"'=SUM(A1)"`)
})

it('a code names one event (and one sign-up) and round-trips', () => {
  expect(parseCode(attendeeCode('ev-1', 'u', 't'))).toEqual({ kind: 'attendee', eventId: 'ev-1', openid: 'u', token: 't' })
  expect(parseCode(eventCode('ev-1', 's'))).toEqual({ kind: 'event', eventId: 'ev-1', secret: 's' })
  expect(parseCode('NXA1|ev-1|u')).toBeNull()
  expect(parseCode('hello')).toBeNull()
})

it('check-in opens an hour before; attendees until the end, staff a day longer', () => {
  const event = { startAt: new Date('2026-05-01T10:00:00Z'), endAt: new Date('2026-05-01T12:00:00Z') }
  expect(checkinWindowProblem(event, 'attendee', new Date('2026-05-01T08:59:00Z'))).not.toBeNull()
  expect(checkinWindowProblem(event, 'attendee', new Date('2026-05-01T09:00:00Z'))).toBeNull()
  expect(checkinWindowProblem(event, 'attendee', new Date('2026-05-01T12:01:00Z'))).not.toBeNull()
  expect(checkinWindowProblem(event, 'staff', new Date('2026-05-02T11:00:00Z'))).toBeNull()
})
