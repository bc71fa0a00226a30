/**
 * The on-disk form of the store's files (`snapshot.jsonl`, `journal.jsonl`): one record per line,
 * `<crc32 of the JSON, 8 hex digits> <EJSON>\n`. The checksum catches bytes changed inside a line;
 * a line without its `\n` at the end of the journal is a write a crash interrupted (never
 * acknowledged). Lines written before checksums existed (`{...}` alone) are still read, unchecked;
 * the first start rewrites them with checksums (start-up compaction).
 */
import { crc32 } from 'node:zlib'
import { EJSON } from 'bson'

export const JOURNAL = 'journal.jsonl'
export const SNAPSHOT = 'snapshot.jsonl'

/** One line of a store file, with its checksum and newline. */
export function frame(value: unknown): string {
  const json = EJSON.stringify(value, { relaxed: true })
  return `${checksum(json)} ${json}\n`
}

const checksum = (json: string) => crc32(json).toString(16).padStart(8, '0')

/** Decodes one line (without its `\n`); throws an Error whose message says what is wrong with it. */
export function unframe(line: string): unknown {
  let json = line
  if (!line.startsWith('{')) {
    const match = /^([0-9a-f]{8}) ([\s\S]*)$/.exec(line)
    if (!match) throw new Error('not a store record (no checksum)')
    if (checksum(match[2]) !== match[1]) throw new Error('checksum mismatch (the record was changed or damaged)')
    json = match[2]
  }
  return EJSON.parse(json, { relaxed: true })
}

export interface BadLine {
  file: string
  /** 1-based. */
  line: number
  reason: string
  text: string
}

export interface ReadResult {
  values: unknown[]
  bad: BadLine[]
  /** Bytes after the last `\n`: an append a crash (or a full disk) cut short. 0 when none. */
  tornBytes: number
}

/**
 * Every decodable line of `text` (the content of `file`). Undecodable lines go to `bad`; with
 * `allowTornTail` a last line without its newline is not read but counted in `tornBytes`.
 */
export function readLines(file: string, text: string, allowTornTail: boolean): ReadResult {
  const result: ReadResult = { values: [], bad: [], tornBytes: 0 }
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    if (!line) return
    // A record is complete only with its newline: the last line without one was still being written.
    if (i === lines.length - 1 && allowTornTail) return void (result.tornBytes = Buffer.byteLength(line))
    try {
      result.values.push(unframe(line))
    } catch (e) {
      result.bad.push({ file, line: i + 1, reason: i === lines.length - 1 ? 'the file ends inside this record' : (e as Error).message, text: line })
    }
  })
  return result
}
