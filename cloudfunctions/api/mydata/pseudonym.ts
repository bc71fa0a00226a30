import { createHash, randomBytes } from 'node:crypto'
import { db } from '../core/cloud'
import { getOrNull } from '../core/transaction'

const erasures = () => db.collection('erasures')
const isDuplicateKey = (error: unknown) => /E11000|duplicate key/i.test(String((error as Error)?.message ?? error))

/** The ledger key: a hash, so the ledger never holds the openid itself. */
const erasureId = (openid: string) => createHash('sha256').update(`mydata.delete:${openid}`).digest('hex')

/**
 * The pseudonym for this person's deletion: a new random one, or the one an unfinished earlier run chose (so a
 * rerun does not split one person across two pseudonyms). Kept in `erasures` until `forgetPseudonym`.
 */
export async function pseudonymFor(openid: string, now: Date): Promise<string> {
  const ref = erasures().doc(erasureId(openid))
  const existing = await getOrNull<{ pseudonym: string }>(ref)
  if (existing) return existing.pseudonym
  const pseudonym = `deleted-${randomBytes(8).toString('hex')}`
  try {
    await erasures().add({ data: { _id: erasureId(openid), pseudonym, startedAt: now } })
    return pseudonym
  } catch (error) {
    // A second run started at the same moment: use the one it wrote.
    if (!isDuplicateKey(error)) throw error
    return (await getOrNull<{ pseudonym: string }>(ref))!.pseudonym
  }
}

/** The deletion is complete: nothing links the pseudonym to the person any more. */
export async function forgetPseudonym(openid: string): Promise<void> {
  await erasures().doc(erasureId(openid)).remove()
}
