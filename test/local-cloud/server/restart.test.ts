import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalCloud } from '../../../local-cloud'
import { fixtureCollections, fixturesDir, startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

describe('restarting the local cloud', () => {
  it('keeps the data written before the restart', async () => {
    const cloud = await startFixtureCloud()
    try {
      await cloud.callFunction('notes', { action: 'add', text: '旧衣回收' }, 'o-frank')
      await cloud.restart()
      const { body } = await cloud.callFunction('notes', { action: 'list' }, 'o-frank')
      expect(body).toEqual(['旧衣回收'])
    } finally {
      await cloud.stop()
    }
  })

  it('seeds an empty data directory once, not again after a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'local-cloud-seed-'))
    let seedRuns = 0
    const start = () =>
      startLocalCloud({
        port: 0,
        dataDir,
        functionsDir: path.join(fixturesDir, 'functions'),
        collections: fixtureCollections,
        seed: async (store) => {
          seedRuns += 1
          await store.insertMany('notes', [{ _id: 'seeded', text: '种子', author: 'o-seed' }])
        },
      })
    const first = await start()
    await first.stop()
    const second = await start()
    try {
      expect(seedRuns).toBe(1)
      expect(await second.invoke('notes', { action: 'list' }, 'o-seed')).toEqual(['种子'])
    } finally {
      await second.stop()
    }
  })
})
