// Sharing public pages: the card opens the right page for a newcomer, and an invitation never leaks.
import { eventShare } from '@/src/features/events/share'
import { noticeShare } from '@/src/features/notices/share'
import { projectShare } from '@/src/features/projects/share'
import { stationShare } from '@/src/features/stations/share'
import { shareTargets } from '@/src/shared/share/shareTargets'
import { ALL_PAGES } from '@/test/helpers/appConfig'

const qrEvent = { id: 'ev 1&x', title: '新域夜校', startAt: '2026-12-05T11:00:00.000Z', visibility: 'qr' as const, canManage: false }

/** What WeChat hands to the page a newcomer opens from a chat card: its route and its query. */
function open(path: string): { route: string; query: Record<string, string> } {
  const [route, query = ''] = path.replace(/^\//, '').split('?')
  return { route, query: Object.fromEntries(new URLSearchParams(query)) }
}

it('a chat card opens the shared page with its id, whatever the id holds', () => {
  const { appMessage, timeline } = shareTargets(eventShare({ ...qrEvent, visibility: 'public' }))
  expect(open(appMessage.path)).toEqual({ route: 'features/events/subpages/detail/index', query: { id: 'ev 1&x' } })
  expect(Object.fromEntries(new URLSearchParams(timeline.query))).toEqual({ id: 'ev 1&x' })
  expect(appMessage.title).toContain('新域夜校')
  expect(appMessage.title).toContain('12月5日 19:00') // Shanghai time
})

it('each shared page is a page of the app, so a newcomer lands on it (also from a cold start)', () => {
  const shares = [
    eventShare({ ...qrEvent, visibility: 'public' }),
    stationShare({ id: 'st-1', name: '新华驿站', kind: 'station' }),
    projectShare({ id: 'p-1', name: '一次义剪' }),
    noticeShare({ id: 'n-1', title: '台风预警', kind: 'emergency' }),
  ]
  for (const share of shares) {
    expect(ALL_PAGES).toContain(open(shareTargets(share).appMessage.path).route)
    expect(share.query.id).toBeTruthy()
    expect(share.title.length).toBeGreaterThan(4)
  }
  expect(noticeShare({ id: 'n-1', title: '台风预警', kind: 'emergency' }).title).toMatch(/^【应急预警】/)
})

it('a QR-only event shared by someone who does not manage it carries no invite', () => {
  const share = eventShare(qrEvent, 'SECRET-INVITE')
  expect(share.query).toEqual({ id: qrEvent.id })
  expect(JSON.stringify(shareTargets(share))).not.toContain('SECRET-INVITE')
})

it('its organiser can share the invitation, and only when they hold it', () => {
  expect(eventShare({ ...qrEvent, canManage: true }, 'SECRET-INVITE').query).toEqual({ id: qrEvent.id, invite: 'SECRET-INVITE' })
  expect(eventShare({ ...qrEvent, canManage: true }).query).toEqual({ id: qrEvent.id })
  // A public event never needs one, whoever shares it.
  expect(eventShare({ ...qrEvent, visibility: 'public', canManage: true }, 'SECRET-INVITE').query).toEqual({ id: qrEvent.id })
})
