import { Map } from '@tarojs/components'
import type { StationView } from '@/types/stations'

// Copied into the package by config/index.ts (`copy`).
const MARKER_ICON = '/assets/station-marker.png'

interface Props {
  centre: { lat: number; lng: number }
  stations: StationView[]
  onOpen: (station: StationView) => void
}

/** weapp only: the nearby stations as markers; tapping one opens its page. */
export function StationMap({ centre, stations, onOpen }: Props) {
  const markers = stations.map((station, index) => ({
    id: index,
    latitude: station.lat,
    longitude: station.lng,
    title: station.name,
    iconPath: MARKER_ICON,
    width: 32,
    height: 32,
    callout: {
      content: station.openNow ? `${station.name}（营业中）` : `${station.name}（已打烊）`,
      display: 'ALWAYS' as const,
      padding: 8,
      borderRadius: 6,
      fontSize: 14,
      color: '#1a1a1a',
      bgColor: '#ffffff',
      borderWidth: 0,
      borderColor: '#ffffff',
      anchorX: 0,
      anchorY: 0,
      textAlign: 'center' as const,
    },
  }))
  const openMarker = (markerId: number | string) => {
    const station = stations[Number(markerId)]
    if (station) onOpen(station)
  }
  return (
    <Map
      className='station-map'
      style={{ width: '100%', height: '70vh' }}
      latitude={centre.lat}
      longitude={centre.lng}
      scale={15}
      markers={markers}
      onMarkerTap={(e) => openMarker(e.detail.markerId)}
      onCalloutTap={(e) => openMarker(e.detail.markerId)}
      onError={(e) => console.warn('[StationMap] map error', e.detail)}
    />
  )
}
