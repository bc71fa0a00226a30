import { wgs84ToGcj02 } from '@/src/features/stations/location/coords'

describe('wgs84ToGcj02', () => {
  it('shifts a Shanghai point by the known few hundred metres (east and north)', () => {
    const { lat, lng } = wgs84ToGcj02(31.2046, 121.4203)
    // The published offset near 新华路 is about +0.0044° longitude and -0.0020° latitude.
    expect(lng - 121.4203).toBeGreaterThan(0.003)
    expect(lng - 121.4203).toBeLessThan(0.006)
    expect(lat - 31.2046).toBeLessThan(0)
    expect(lat - 31.2046).toBeGreaterThan(-0.004)
  })
})
