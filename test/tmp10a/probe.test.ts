import { startTestCloud } from '../helpers/localCloud'
jest.setTimeout(120000)
it('timing', async () => {
  const cloud = await startTestCloud({ seed: true })
  let t = Date.now()
  await cloud.call('teams.list', {}, 'vol-a'); console.log('first', Date.now() - t)
  t = Date.now()
  const r = await Promise.all(Array.from({ length: 5 }, () => cloud.call('teams.join', { teamId: 'team-builders' }, 'vol-a')))
  console.log('5 joins', Date.now() - t, JSON.stringify(r.map((x: any) => x.ok || x.error)))
  t = Date.now()
  await Promise.all(Array.from({ length: 5 }, () => cloud.call('teams.list', {}, 'vol-a'))); console.log('5 lists', Date.now() - t)
  await cloud.stop()
})
