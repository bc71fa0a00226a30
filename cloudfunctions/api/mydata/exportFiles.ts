import { randomBytes } from 'node:crypto'
import { exportFileInput } from '@/types/mydata'
import { defineAction } from '../core/action'
import { _, cloud, db } from '../core/cloud'
import { getDocs } from '../core/db'
import type { Job } from '../core/job'
import { collectMyData } from './export'

/** An export sitting in cloud storage: personal data, so it lives a day at most. */
export interface DataExportDoc {
  _id: string
  openid: string
  fileID: string
  createdAt: Date
  expiresAt: Date
}

const LIFETIME_MS = 24 * 60 * 60 * 1000

/** weapp cannot download a blob: the export goes to cloud storage and the person gets a temporary link. */
export const exportMyDataFile = defineAction({
  name: 'mydata.exportFile',
  input: exportFileInput,
  async handle({ caller, now }) {
    const data = await collectMyData(caller.openid, now)
    const name = randomBytes(12).toString('hex')
    const { fileID } = await cloud.uploadFile({ cloudPath: `exports/${name}.json`, fileContent: Buffer.from(JSON.stringify(data, null, 2)) })
    const expiresAt = new Date(now.getTime() + LIFETIME_MS)
    const record: Omit<DataExportDoc, '_id'> = { openid: caller.openid, fileID, createdAt: now, expiresAt }
    await db.collection('dataExports').doc(name).set({ data: record })
    const { fileList } = (await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LIFETIME_MS / 1000 }] })) as {
      fileList: Array<{ tempFileURL: string }>
    }
    return { fileID, url: fileList[0]?.tempFileURL ?? '', expiresAt: expiresAt.toISOString() }
  },
})

/** Removes export files from storage (their records go with the generic deletion or the expiry job). */
export async function deleteExportFiles(records: DataExportDoc[]): Promise<void> {
  const fileList = records.map((r) => r.fileID).filter((id): id is string => typeof id === 'string' && id.length > 0)
  if (fileList.length === 0) return
  // A file already gone is fine: the point is that none is left.
  await cloud.deleteFile({ fileList })
}

export const expireDataExports: Job = {
  name: 'mydata.expireExports',
  async run(now) {
    const expired = await getDocs<DataExportDoc>(
      db
        .collection('dataExports')
        .where({ expiresAt: _.lte(now) })
        .limit(100),
    )
    await deleteExportFiles(expired)
    for (const record of expired) await db.collection('dataExports').doc(record._id).remove()
    return { expired: expired.length }
  },
}
