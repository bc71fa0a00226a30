/** Writes loop until every byte is down, and never take a short write for a whole one (a nearly full disk answers short writes). */
import type { promises as fs } from 'node:fs'
import { writeAll } from '../../../local-cloud/store/files'

/** A file handle on a disk with `room` bytes left that accepts at most `chunk` bytes per write. */
function diskWithRoom(room: number, chunk: number) {
  const written: Buffer[] = []
  const fh = {
    async write(data: Buffer, offset: number, length: number) {
      const n = Math.min(length, chunk, room)
      room -= n
      written.push(Buffer.from(data.subarray(offset, offset + n)))
      return { bytesWritten: n, buffer: data }
    },
  }
  return { fh: fh as unknown as fs.FileHandle, written: () => Buffer.concat(written).toString() }
}

test('short writes are continued until all bytes are written', async () => {
  const disk = diskWithRoom(1000, 7)
  await writeAll(disk.fh, Buffer.from('街区的一条记录\n'))
  expect(disk.written()).toBe('街区的一条记录\n')
})

test('a write that can make no progress fails with ENOSPC instead of passing for complete', async () => {
  const disk = diskWithRoom(10, 4)
  await expect(writeAll(disk.fh, Buffer.from('0123456789abcdef'))).rejects.toMatchObject({ code: 'ENOSPC' })
  expect(disk.written()).toBe('0123456789')
})
