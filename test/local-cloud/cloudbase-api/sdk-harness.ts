/** Starts the API behind a throwaway HTTP server and points the real wx-server-sdk at it. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMemoryStore, type Storage } from '../../../local-cloud/store'
import { createCloudbaseApi } from '../../../local-cloud/cloudbase-api'
import { config } from '../store/fixtures/collections'

export interface Harness {
  cloud: any
  store: Storage
  clock: { now: Date }
  close(): Promise<void>
}

export async function startHarness(invokeFunction?: (name: string, data: unknown) => Promise<unknown>): Promise<Harness> {
  const store = createMemoryStore({ collections: config })
  const clock = { now: new Date('2024-05-01T08:00:00Z') }
  const api = createCloudbaseApi({ store, now: () => clock.now, invokeFunction })
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', async () => {
      const reply = await api.handle(JSON.parse(body))
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(reply))
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  Object.assign(process.env, {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: 'local',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `http://127.0.0.1:${port}/admin` }),
  })
  // Required only now: the SDK reads the environment at load and init.
  const cloud = require('wx-server-sdk')
  cloud.init({ env: 'local' })
  return {
    cloud,
    store,
    clock,
    close: async () => {
      await new Promise((r) => server.close(r))
      await store.close()
    },
  }
}
