import { randomUUID } from 'node:crypto'
import { noticeIdInput, saveShelterInput } from '@/types/notices'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { geoPoint } from '../core/geo'
import { stationDoc, type StationDoc } from '../stations/stationDoc'
import { emergencyWindows } from './shelterWindows'
import { STAFF_ROLES } from '@/types/roles'

/**
 * Staff add or edit a temporary shelter (临时避难点) or courier storage point (临时存放点): a place in the
 * `stations` collection with its own kind, open round the clock, listed on the map during emergencies.
 */
export const saveShelter = defineAction({
  name: 'notices.saveShelter',
  input: saveShelterInput,
  roles: STAFF_ROLES,
  async handle({ input, now }) {
    const id = input.id ?? `${input.kind}-${randomUUID()}`
    if (input.id) {
      const existing = await firstDoc<StationDoc>(db.collection('stations').where({ _id: id }).limit(1))
      if (!existing || existing.kind === 'station') throw notFound('没有找到这个避难点或存放点')
    }
    const { _id, ...fields } = stationDoc(
      {
        _id: id,
        kind: input.kind,
        name: input.name,
        address: input.address,
        location: geoPoint(input.lat, input.lng),
        phone: input.phone ?? null,
        hours: { always: true, periods: [] },
        amenities: [],
        description: input.description ?? '',
        shownDuring: await emergencyWindows(now),
      },
      now,
    )
    await db.collection('stations').doc(_id).set({ data: fields })
    return { id: _id }
  },
})

export const removeShelter = defineAction({
  name: 'notices.removeShelter',
  input: noticeIdInput,
  roles: STAFF_ROLES,
  async handle({ input }) {
    const existing = await firstDoc<StationDoc>(db.collection('stations').where({ _id: input.id }).limit(1))
    // Only shelters and storage points: red rest stations are not removed from here.
    if (!existing || existing.kind === 'station' || !existing.kind) throw notFound('没有找到这个避难点或存放点')
    await db.collection('stations').doc(input.id).remove()
    return { id: input.id }
  },
})
