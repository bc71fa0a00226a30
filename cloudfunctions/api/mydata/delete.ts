import { randomBytes } from 'node:crypto'
import { deleteMyDataInput } from '../../../types/mydata'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import type { Transaction } from '../core/db'
import { anonymised, eraseFor } from './anonymise'
import { personalCollections } from './declarations'
import { deleteExportFiles, type DataExportDoc } from './exportFiles'
import { recordsOf } from './records'

/**
 * Deletes the caller from every collection that names them: personal records go, shared records (sign-ups,
 * claims, needs) stay for the counts under a pseudonym. A record keyed by the openid is re-keyed in one
 * transaction (add the new, remove the old). Running it again finds nothing left to do.
 */
export const deleteMyData = defineAction({
  name: 'mydata.delete',
  input: deleteMyDataInput,
  async handle({ caller }) {
    const pseudonym = `deleted-${randomBytes(8).toString('hex')}`
    // Files first: their records are what tell us where they are.
    const exports = personalCollections.find((d) => d.collection === 'dataExports')
    if (exports) await deleteExportFiles((await recordsOf(exports, caller.openid)) as unknown as DataExportDoc[])
    const removed: Record<string, number> = {}
    const anonymisedCount: Record<string, number> = {}
    for (const declaration of personalCollections) {
      const records = await recordsOf(declaration, caller.openid)
      for (const record of records) {
        if (eraseFor(record, declaration, caller.openid) === 'remove') {
          await db.collection(declaration.collection).doc(record._id).remove()
          removed[declaration.collection] = (removed[declaration.collection] ?? 0) + 1
          continue
        }
        const next = anonymised(record, declaration, caller.openid, pseudonym)
        const { _id, ...fields } = next
        if (_id === record._id) {
          await db.collection(declaration.collection).doc(_id).set({ data: fields })
        } else {
          await db.runTransaction(async (transaction: Transaction) => {
            await transaction.collection(declaration.collection).doc(_id).set({ data: fields })
            await transaction.collection(declaration.collection).doc(record._id).remove()
          })
        }
        anonymisedCount[declaration.collection] = (anonymisedCount[declaration.collection] ?? 0) + 1
      }
    }
    return { removed, anonymised: anonymisedCount }
  },
})
