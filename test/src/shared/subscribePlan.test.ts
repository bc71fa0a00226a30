// Reminders are never silently dead: a build without real template ids asks WeChat nothing and says so; a refused
// request is described to the person.
import { planSubscribe, REMINDERS_NOT_CONFIGURED, subscribeFailureText } from '@/src/shared/api/subscribePlan'

const placeholders = {
  eventReminder: 'LOCAL_EVENT_REMINDER',
  eventSeatConfirmed: 'LOCAL_EVENT_SEAT_CONFIRMED',
  eventChanged: 'LOCAL_EVENT_CHANGED',
  needProgress: 'LOCAL_NEED_PROGRESS',
}
const real = {
  eventReminder: 'aB3-real-template-1',
  eventSeatConfirmed: 'aB3-real-template-2',
  eventChanged: 'aB3-real-template-4',
  needProgress: 'aB3-real-template-3',
}

it('on weapp, placeholder template ids mean "not configured": nothing is requested', () => {
  expect(planSubscribe(['eventReminder'], 'weapp', placeholders)).toEqual({ kind: 'not-configured' })
  expect(planSubscribe(['eventReminder', 'eventSeatConfirmed'], 'weapp', { ...real, eventSeatConfirmed: 'LOCAL_EVENT_SEAT_CONFIRMED' })).toEqual({
    kind: 'not-configured',
  })
  expect(REMINDERS_NOT_CONFIGURED).toBe('提醒暂未开通')
})

it('on weapp, configured ids are asked for, in the order of the keys', () => {
  expect(planSubscribe(['eventReminder', 'eventSeatConfirmed'], 'weapp', real)).toEqual({
    kind: 'ask',
    tmplIds: ['aB3-real-template-1', 'aB3-real-template-2'],
  })
})

it('on h5 the local cloud takes any id, placeholders included', () => {
  expect(planSubscribe(['needProgress'], 'h5', placeholders)).toEqual({ kind: 'local', tmplIds: ['LOCAL_NEED_PROGRESS'] })
})

it('a request WeChat refuses is described, with its code', () => {
  expect(subscribeFailureText({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail ...' })).toContain('20004')
  expect(subscribeFailureText({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' })).toContain(
    'can only be invoked by user TAP gesture',
  )
  expect(subscribeFailureText(undefined)).toMatch(/^提醒没能开启/)
})
