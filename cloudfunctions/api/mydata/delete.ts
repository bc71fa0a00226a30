import { deleteMyDataInput } from '@/types/mydata'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { chunks, mapLimit } from '../core/batches'
import { anonymised, eraseFor } from './anonymise'
import { personalCollections, type PersonalDeclaration } from './declarations'
import { deleteExportFiles, type DataExportDoc } from './exportFiles'
import { forgetPseudonym, pseudonymFor } from './pseudonym'
import { recordsOf } from './records'
import { settlePersonSignups } from '../events/settle'

type Doc = Record<string, unknown> & { _id: string }

/** Ids per `_.in()` remove and documents per multi-document add. */
const BATCH = 100
/** Parallel requests while rewriting records one by one (CloudBase caps a database's concurrent requests). */
const PARALLEL = 16

/**
 * One collection: removes in batches; records that keep their id rewritten in parallel; records keyed by the
 * openid re-keyed as "add the new ones, then remove the old" in batches. An interrupted run leaves old records
 * (found again by a rerun, which re-keys them under the same pseudonym) and never a record without a copy.
 */
async function eraseIn(declaration: PersonalDeclaration, openid: string, pseudonym: string) {
  const col = db.collection(declaration.collection)
  const records = await recordsOf(declaration, openid)
  const toRemove: string[] = []
  const rewrite: Doc[] = []
  const rekey: Array<{ oldId: string; next: Doc }> = []
  for (const record of records) {
    if (eraseFor(record, declaration, openid) === 'remove') toRemove.push(record._id)
    else {
      const next = anonymised(record, declaration, openid, pseudonym)
      if (next._id === record._id) rewrite.push(next)
      else rekey.push({ oldId: record._id, next })
    }
  }
  for (const ids of chunks(toRemove, BATCH)) await col.where({ _id: _.in(ids) }).remove()
  await mapLimit(rewrite, PARALLEL, async ({ _id, ...fields }) => col.doc(_id).set({ data: fields }))
  for (const batch of chunks(rekey, BATCH)) {
    try {
      await col.add({ data: batch.map((r) => r.next) })
    } catch {
      // Some were re-keyed by an earlier, interrupted run: write each (set is an upsert by id).
      await mapLimit(batch, PARALLEL, async ({ next: { _id, ...fields } }) => col.doc(_id).set({ data: fields }))
    }
    await col.where({ _id: _.in(batch.map((r) => r.oldId)) }).remove()
  }
  return { removed: toRemove.length, anonymised: rewrite.length + rekey.length }
}

/**
 * Deletes the caller from every collection that names them: personal records go, shared records (sign-ups,
 * claims, needs) stay for the counts under a pseudonym — the same one if an earlier run was interrupted.
 * Collections are handled in parallel and records in batches, so a heavy user fits the function's time limit.
 * Running it again finds nothing left to do.
 */
export const deleteMyData = defineAction({
  name: 'mydata.delete',
  input: deleteMyDataInput,
  async handle({ caller, now }) {
    // Seats and waitlist places first, while they still name the person: the next real person moves up.
    await settlePersonSignups(caller.openid, now)
    const pseudonym = await pseudonymFor(caller.openid, now)
    // Files first: their records are what tell us where they are.
    const exports = personalCollections.find((d) => d.collection === 'dataExports')
    if (exports) await deleteExportFiles((await recordsOf(exports, caller.openid)) as unknown as DataExportDoc[])
    const counts = await mapLimit(personalCollections, 4, (d) => eraseIn(d, caller.openid, pseudonym))
    const removed: Record<string, number> = {}
    const anonymisedCount: Record<string, number> = {}
    personalCollections.forEach((d, i) => {
      if (counts[i].removed) removed[d.collection] = counts[i].removed
      if (counts[i].anonymised) anonymisedCount[d.collection] = counts[i].anonymised
    })
    await forgetPseudonym(caller.openid)
    return { removed, anonymised: anonymisedCount }
  },
})
