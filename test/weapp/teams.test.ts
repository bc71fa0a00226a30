// The compiled 志愿队 list page (teams subpackage of the weapp build) with a stand-in cloud: five teams, join in one tap.
import type { TeamView } from '../../types/teams'
import { installWx, loadTaroPage, waitFor } from './taroPageHarness'

const TEAMS: TeamView[] = [
  ['team-riders', '骑士团', 2],
  ['team-shops', '好店家', 1],
  ['team-builders', '营造师', 0],
  ['team-storytellers', '讲述者', 1],
  ['team-action', '行动队', 2],
].map(([id, name, memberCount]) => ({ id: id as string, name: name as string, description: `${name}的介绍`, memberCount: memberCount as number, joined: false }))

interface Call {
  name: string
  data: { action: string; data?: { teamId?: string } }
}

const callFunction = jest.fn(async ({ data: { action, data } }: Call) => {
  await new Promise((resolve) => setTimeout(resolve, 5))
  if (action === 'teams.list') return { result: { ok: true, data: { teams: TEAMS } }, errMsg: 'cloud.callFunction:ok' }
  if (action === 'teams.join') {
    const team = TEAMS.find((t) => t.id === data?.teamId) as TeamView
    Object.assign(team, { joined: true, memberCount: team.memberCount + 1 })
    return { result: { ok: true, data: team }, errMsg: 'cloud.callFunction:ok' }
  }
  return { result: { ok: false, error: { code: 'INVALID_INPUT', message: `未知操作 ${action}` } }, errMsg: 'cloud.callFunction:ok' }
})

describe('志愿队 list page (weapp build)', () => {
  installWx({ cloud: { init: jest.fn(), callFunction, DYNAMIC_CURRENT_ENV: Symbol('env') }, showToast: jest.fn() })
  const page = loadTaroPage('features/teams/subpages/list/index')

  it('lists the five teams with what they do and how many are in them', async () => {
    await waitFor(() => page.text().includes('行动队'), 'the team list')
    const text = page.text()
    for (const name of ['骑士团', '好店家', '营造师', '讲述者', '行动队']) expect(text).toContain(name)
    expect(text).toContain('营造师的介绍')
    expect(text).toContain('0 名队员')
  })

  it('joins in one tap and shows the new count', async () => {
    page.comp.querySelector('.team-card-team-builders .team-join')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes('已加入'), 'the joined team')
    expect(callFunction.mock.calls.map(([c]) => c.data)).toContainEqual({ action: 'teams.join', data: { teamId: 'team-builders' } })
    expect(page.text()).toContain('退出志愿队')
  })
})
