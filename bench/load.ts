import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface LoadResult {
  ms: number
  status: number
  body: { ok: boolean; data?: unknown; error?: { code: string; message: string } }
}

/** Sends every call at once from a separate process (see loadClient.mjs) and answers in the same order. */
export async function fireAtOnce(url: string, calls: Array<{ openid: string; body: unknown }>): Promise<LoadResult[]> {
  return (await fireAtOnceMeasured(url, calls)).results
}

/** fireAtOnce, with the CPU milliseconds the sending process spent (user + system). */
export function fireAtOnceMeasured(url: string, calls: Array<{ openid: string; body: unknown }>): Promise<{ results: LoadResult[]; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'loadClient.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load client exited ${code}`))))
    child.stdin.end(JSON.stringify({ url, calls }))
  })
}
