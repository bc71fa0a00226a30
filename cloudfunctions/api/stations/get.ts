import { getStationInput } from '@/types/stations'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { toStationView, type StationDoc } from './stationDoc'

export const getStation = defineAction({
  name: 'stations.get',
  input: getStationInput,
  async handle({ input, now }) {
    const doc = await firstDoc<StationDoc>(db.collection('stations').where({ _id: input.id }).limit(1))
    if (!doc) throw notFound('没有找到这个驿站')
    return toStationView(doc, now)
  },
})
