// The compiled 志愿队 list page (teams subpackage of the weapp build) against the real local cloud on the seed:
// the five teams with their seeded member counts, and joining one in one tap (the join is really stored).
import { demoTeams } from '@/seed/teams'
import { createCloudBridge } from './harness/cloudBridge'
import { watchConsole } from './harness/consoleWatch'
import { cloudInfo, settle } from './harness/everyPage'
import { openTaroApp, waitFor } from './harness/taroApp'

// Launching the app and the cloud's first calls take seconds on a loaded machine.
jest.setTimeout(30000)

// A console.error or a missing template anywhere in this file fails it (the app's own console.warn lines are muted).
const consoleWatch = watchConsole()
afterAll(() => {
  consoleWatch.restore()
  expect(consoleWatch.take()).toEqual([])
})

describe('志愿队 list page (weapp build, real local cloud)', () => {
  const info = cloudInfo()
  const bridge = createCloudBridge(info.url, 'demo-merchant')
  const page = openTaroApp({ cloud: bridge.cloud, showToast: jest.fn() }).openPage('features/teams/subpages/list/index')
  const { teams, members } = demoTeams()
  const builders = teams.find((t) => t.name === '营造师')!

  it('lists the five teams with what they do and how many are in them', async () => {
    await waitFor(() => teams.every((t) => page.text().includes(t.name)), 'the team list')
    await settle(page, bridge)
    for (const team of teams) {
      const card = page.comp.querySelector(`.team-card-${team._id}`)!
      expect(card.dom.textContent).toContain(team.description)
      expect(card.dom.textContent).toContain(`${members.filter(([id]) => id === team._id).length} 名队员`)
    }
  })

  it('joins in one tap, and the cloud counts the new member', async () => {
    page.comp.querySelector(`.team-card-${builders._id} .team-join`)!.dispatchEvent('tap')
    await waitFor(() => page.comp.querySelector(`.team-card-${builders._id}`)!.dom.textContent!.includes('已加入'), 'the joined team')
    expect(bridge.calls.map((c) => c.data)).toContainEqual({ action: 'teams.join', data: { teamId: builders._id } })
    expect(page.comp.querySelector(`.team-card-${builders._id}`)!.dom.textContent).toContain(`${builders.memberCount + 1} 名队员`)
    expect(page.text()).toContain('退出志愿队')
  })
})
