import { _, db } from '../core/cloud'
import type { EmergencyWindow } from '../stations/stationDoc'
import { emergenciesFrom } from './emergency'

const TEMPORARY_PLACES = ['shelter', 'storage']

/** The windows of every emergency in force or still to come. */
export async function emergencyWindows(now: Date): Promise<EmergencyWindow[]> {
  return (await emergenciesFrom(now)).map((notice) => ({ from: new Date(notice.startsAt), until: new Date(notice.expiresAt) }))
}

/**
 * Copies the emergency windows onto every shelter and storage point. Called after any emergency notice changes;
 * each call writes the whole current list, so running it twice, or late, leaves the same state.
 */
export async function syncShelterWindows(now: Date): Promise<void> {
  const windows = await emergencyWindows(now)
  await db
    .collection('stations')
    .where({ kind: _.in(TEMPORARY_PLACES) })
    .update({ data: { shownDuring: _.set(windows) } })
}
