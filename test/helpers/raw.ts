import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** POSTs any body to the `api` function, bypassing the typed client, to test what bad callers send. */
export async function postRaw(baseUrl: string, body: unknown, openid: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/fn/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(body),
  })
  return res.json()
}

/** Every byte the store has written to disk, as text: to prove what it does not hold. */
export function readTree(dir: string): string {
  return readdirSync(dir)
    .map((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? readTree(path) : readFileSync(path, 'utf8')
    })
    .join('\n')
}
