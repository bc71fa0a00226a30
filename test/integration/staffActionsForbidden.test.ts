// Every action that needs a granted role answers FORBIDDEN to residents, couriers and merchants — whatever they send.
import { allActions } from '../../cloudfunctions/api/actions'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const grantedOnly = allActions().filter((action) => action.roles && !action.roles.some((r) => ['resident', 'courier', 'merchant'].includes(r)))

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

it('there are staff actions to check', () => {
  expect(grantedOnly.length).toBeGreaterThan(0)
})

describe.each(['demo-resident', 'demo-courier', 'demo-merchant'])('%s', (openid) => {
  it.each(grantedOnly.map((a) => a.name))('gets FORBIDDEN from %s', async (name) => {
    const res = await cloud.call(name, {}, openid)
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
