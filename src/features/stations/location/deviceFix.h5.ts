// h5 (the local debug build): the browser's geolocation, after the in-app consent, converted WGS-84 → GCJ-02.
import { ensureConsentInBrowser } from '@/src/features/privacy/privacyConsent'
import { wgs84ToGcj02 } from './coords'

const H5_TIMEOUT_MS = 6000

/** The device's position in GCJ-02 (degrees), or null when refused, unavailable or too slow (6 s). */
export async function deviceFix(): Promise<{ lat: number; lng: number } | null> {
  if (!(await ensureConsentInBrowser())) return null
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      resolve(null)
      return
    }
    navigator.geolocation.getCurrentPosition(
      (fix) => resolve(wgs84ToGcj02(fix.coords.latitude, fix.coords.longitude)),
      () => resolve(null),
      { timeout: H5_TIMEOUT_MS, maximumAge: 60_000, enableHighAccuracy: false },
    )
  })
}
