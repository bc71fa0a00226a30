// 驿站管理: staff keep the red rest stations — create, edit, suspend with a reason, reopen, archive.
import { randomUUID } from 'node:crypto'
import { listManagedStationsInput, saveStationInput, stationIdInput, suspendStationInput } from '@/types/stationsManage'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { firstDoc, getDocs } from '../core/db'
import { invalidInput, notFound } from '../core/errors'
import { geoPoint } from '../core/geo'
import { isRealDay, shanghaiDay } from '@/types/text'
import { stationDoc, toStationView, type StationDoc } from './stationDoc'
import { STAFF_ROLES } from '@/types/roles'

const PAGE = 50
const stations = () => db.collection('stations')

async function loadStation(id: string): Promise<StationDoc> {
  const doc = await firstDoc<StationDoc>(stations().where({ _id: id, kind: 'station' }).limit(1))
  if (!doc) throw notFound('没有找到这个驿站')
  return doc
}

async function writeStatus(id: string, fields: Partial<StationDoc>, now: Date): Promise<StationDoc> {
  // `_.set` replaces the closure whole: a dotted $set under a null field is refused (PLATFORM.md, Updates).
  const data = { ...fields, ...(fields.closure !== undefined ? { closure: _.set(fields.closure) } : {}), updatedAt: now }
  await stations().doc(id).update({ data })
  return loadStation(id)
}

export const listManagedStations = defineAction({
  name: 'stations.listManaged',
  input: listManagedStationsInput,
  roles: STAFF_ROLES,
  async handle({ input, now }) {
    // Stations written before statuses existed have no `status`: they are active ($nin / $ne match a missing field).
    const status = !input.status ? _.neq('archived') : input.status === 'active' ? _.nin(['suspended', 'archived']) : input.status
    const where = { kind: 'station', status }
    const docs = await getDocs<StationDoc>(
      stations()
        .where(where)
        .orderBy('name', 'asc')
        .skip(input.offset ?? 0)
        .limit(PAGE + 1),
    )
    return { stations: docs.slice(0, PAGE).map((doc) => toStationView(doc, now)), hasMore: docs.length > PAGE }
  },
})

/** Creates or edits a station; what staff set elsewhere (status, closure, import keys) is kept. */
export const saveStation = defineAction({
  name: 'stations.save',
  input: saveStationInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const stored = input.id ? await loadStation(input.id) : null
    await assertTextIsClean(caller.openid, [input.name, input.address, input.description])
    const { _id: _ignored, openIntervals: _derived, updatedAt: _stamp, matchKey: _key, ...kept } = stored ?? ({} as Partial<StationDoc>)
    const doc = stationDoc(
      {
        ...kept,
        _id: stored?._id ?? `st-${randomUUID()}`,
        kind: 'station',
        name: input.name,
        address: input.address,
        district: input.district ?? stored?.district ?? '',
        location: geoPoint(input.lat, input.lng),
        hours: input.hours,
        amenities: input.amenities,
        phone: input.phone || null,
        description: input.description,
        photos: input.photos,
        status: stored?.status ?? 'active',
        externalId: stored?.externalId ?? null,
      },
      now,
    )
    const { _id, ...fields } = doc
    await stations().doc(_id).set({ data: fields })
    return toStationView(doc, now)
  },
})

/** Shanghai midnight of a calendar date ("YYYY-MM-DD"), which must be a real date, today or later. */
function reopeningDate(day: string, now: Date): Date {
  if (!isRealDay(day)) throw invalidInput('预计恢复日期不是有效日期')
  if (day < shanghaiDay(now)) throw invalidInput('预计恢复日期不能早于今天')
  return new Date(`${day}T00:00:00+08:00`)
}

export const suspendStation = defineAction({
  name: 'stations.suspend',
  input: suspendStationInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const stored = await loadStation(input.id)
    if (stored.status === 'archived') throw invalidInput('已归档的驿站不能暂停，请先恢复')
    await assertTextIsClean(caller.openid, [input.reason])
    const expectedReopenAt = input.expectedReopenOn ? reopeningDate(input.expectedReopenOn, now) : null
    return toStationView(await writeStatus(input.id, { status: 'suspended', closure: { reason: input.reason, expectedReopenAt, since: now } }, now), now)
  },
})

export const reopenStation = defineAction({
  name: 'stations.reopen',
  input: stationIdInput,
  roles: STAFF_ROLES,
  async handle({ input, now }) {
    await loadStation(input.id)
    return toStationView(await writeStatus(input.id, { status: 'active', closure: null }, now), now)
  },
})

/** Archived stations stay in the database (history, imports match them) but riders never see them. */
export const archiveStation = defineAction({
  name: 'stations.archive',
  input: stationIdInput,
  roles: STAFF_ROLES,
  async handle({ input, now }) {
    await loadStation(input.id)
    return toStationView(await writeStatus(input.id, { status: 'archived', closure: null }, now), now)
  },
})
