import { readdirSync, readFileSync } from 'node:fs'
import { startTestCloud } from '../test/helpers/localCloud'
import { fireAtOnce } from './load'
function threads() {
  const m = new Map<string, { name: string; t: number }>()
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const s = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'))
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
      m.set(tid, { name, t: (+f[11] + +f[12]) * 10 })
    } catch {}
  }
  return m
}
async function main() {
  const cloud = await startTestCloud({ instancesPerFunction: 64 })
  const people = Array.from({ length: 1000 }, (_, i) => `p-${i}`)
  const call = () =>
    fireAtOnce(
      `${cloud.url}/fn/api`,
      people.map((openid) => ({ openid, body: { action: 'users.me', data: {} } })),
    )
  for (let i = 0; i < 5; i++) {
    await call()
    const h = (await (await fetch(`${cloud.url}/_local/health`)).json()) as any
    if (h.functions.api.length >= 64) break
  }
  const before = threads()
  const t = performance.now()
  await call()
  await call()
  await call()
  const ms = performance.now() - t
  const after = threads()
  const byName = new Map<string, number>()
  for (const [tid, a] of after) {
    const d = a.t - (before.get(tid)?.t ?? 0)
    const k = tid === String(process.pid) ? 'MAIN' : a.name
    byName.set(k, (byName.get(k) ?? 0) + d)
  }
  console.log(
    'rate',
    (1000 / (ms / 1000)).toFixed(0),
    [...byName]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}=${(v / 1000).toFixed(2)}ms/call`)
      .join(' '),
  )
  await cloud.stop()
}
main()
