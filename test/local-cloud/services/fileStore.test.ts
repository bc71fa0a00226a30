/** The bucket on disk: deleting a file twice at once is not an error (one delete wins, the other finds nothing). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FileStore } from '../../../local-cloud/storage/fileStore'

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'file-store-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('concurrent deletes of one file: exactly one deletes it, the others answer "no such file"', async () => {
  const files = new FileStore(dir)
  for (let round = 0; round < 20; round++) {
    await files.write('exports/x.json', Buffer.from('{}'))
    const results = await Promise.all(Array.from({ length: 8 }, () => files.delete('exports/x.json')))
    expect(results.filter(Boolean)).toHaveLength(1)
    expect(await files.exists('exports/x.json')).toBe(false)
  }
})
