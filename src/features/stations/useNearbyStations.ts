import type { NearbyInput } from '../../../types/stations'
import { useApiQuery } from '../../shared/query/useApiQuery'

/** Stations near a point, nearest first; pass null to wait (e.g. for a position). */
export function useNearbyStations(input: NearbyInput | null) {
  return useApiQuery('stations.nearby', input)
}
