import type { NearbyInput } from '@/types/stations'
import { useApiQuery } from '@/src/shared/query/useApiQuery'

/**
 * Stations near a point, nearest first; pass null to wait (e.g. for a position). Asked again every time the tab
 * shows (staleTime 0): stations open and close, and an emergency adds shelters.
 */
export function useNearbyStations(input: NearbyInput | null) {
  return useApiQuery('stations.nearby', input, { staleTime: 0 })
}
