// Where an import file comes from: cloud storage (the app uploads it and passes the fileID) or, for small files,
// the call itself as base64 (a callFunction payload is at most 6 MB).
import type { z } from 'zod'
import type { importSource } from '@/types/imports'
import { MAX_IMPORT_FILE_BYTES } from '@/types/imports.vocab'
import { cloud } from '../core/cloud'
import { invalidInput } from '../core/errors'

export async function readSource(source: z.output<typeof importSource>): Promise<Buffer> {
  if ('contentBase64' in source) {
    const content = Buffer.from(source.contentBase64, 'base64')
    if (content.length === 0) throw invalidInput('文件是空的')
    return content
  }
  let content: Buffer
  try {
    const result = (await cloud.downloadFile({ fileID: source.fileID })) as { fileContent: Buffer }
    content = result.fileContent
  } catch (err) {
    console.warn('[imports] download failed', source.fileID, err)
    throw invalidInput('文件：云存储里找不到这个文件，请重新上传')
  }
  if (content.length > MAX_IMPORT_FILE_BYTES) throw invalidInput(`文件太大：最多 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`)
  if (content.length === 0) throw invalidInput('文件是空的')
  return content
}
