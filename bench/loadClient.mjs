// A separate process that fires many requests at once, as real phones would: the local cloud under test keeps
// its own process to itself. Reads { url, calls: [{ openid, body }] } on stdin; prints
// { results: [{ ms, status, body }], cpuMs } (cpuMs: this process's CPU, user + system, from reading its input on).
const cpu = process.cpuUsage()
let input = ''
for await (const chunk of process.stdin) input += chunk
const { url, calls } = JSON.parse(input)

const results = await Promise.all(
  calls.map(async ({ openid, body }) => {
    const started = performance.now()
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
      body: JSON.stringify(body),
    })
    const answer = await response.json()
    return { ms: performance.now() - started, status: response.status, body: answer }
  }),
)
const used = process.cpuUsage(cpu)
process.stdout.write(JSON.stringify({ results, cpuMs: (used.user + used.system) / 1000 }))
