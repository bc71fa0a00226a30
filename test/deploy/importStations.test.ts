// `npm run deploy -- --import <file>`: the station list goes in through @cloudbase/node-sdk with the deployer's keys,
// here pointed at an empty local cloud (its CloudBase API speaks the same protocol as Tencent's).
// The local cloud lets only its own parts speak to /admin: the secret rides in the URL as it does for its functions.
import path from 'node:path'
import { importStationFile, previewStationFile } from '@/scripts/deploy/importStations'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { demoStations } from '@/seed/stations'

const SAMPLE = path.join(__dirname, '..', '..', 'docs', 'samples', 'stations-bd09.xlsx')
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
})
afterAll(() => cloud?.stop())

const target = () => ({ envId: 'test', secretId: 'deploy-id', secretKey: 'deploy-key', serviceUrl: `${cloud.url}/admin?localCloudSecret=${cloud.secret}&` })

it('a dry run reads and checks the file without any cloud', async () => {
  expect(await previewStationFile(SAMPLE)).toMatchObject({ rowsRead: demoStations.length, toAdd: demoStations.length, badRowCount: 0, applied: false })
  expect(await cloud.store.find('stations', {})).toEqual([])
})

it('imports the sample into an empty environment, and a second run changes nothing', async () => {
  expect(await importStationFile(SAMPLE, target())).toMatchObject({ toAdd: demoStations.length, applied: true })
  const stored = await cloud.store.find('stations', {})
  expect(stored.map((s) => s.name).sort()).toEqual(demoStations.map((s) => s.name).sort())
  expect(await importStationFile(SAMPLE, target())).toMatchObject({ toAdd: 0, toUpdate: 0, toSkip: demoStations.length })
  expect(await cloud.store.find('stations', {})).toEqual(stored)
})
