// h5 (the local debug build; the mini-program takes RouteMap.tsx): no map, the ordered stops say the route.
import type { Waypoint } from '@/types/events'

/** Renders nothing on h5. */
export function RouteMap(_props: { waypoints: Waypoint[] }) {
  return null
}
