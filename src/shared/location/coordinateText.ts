// Typed coordinates (the h5 build has no map picker): "31.2049" and "121.4251", or "31.2049, 121.4251" pasted at once.

export interface LatLng {
  lat: number
  lng: number
}

const NUMBER = /^[-+]?\d{1,3}(\.\d+)?$/

/**
 * Reads a latitude and a longitude typed in two boxes; a pair pasted into the first box ("纬度, 经度", as map sites
 * copy it) is read as both. Answers the point, or a Chinese reason naming the field.
 */
export function readLatLng(latText: string, lngText: string): { ok: true; point: LatLng } | { ok: false; reason: string } {
  const pair = latText.split(/[,，\s]+/).filter(Boolean)
  const [latPart, lngPart] = pair.length === 2 && !lngText.trim() ? pair : [latText.trim(), lngText.trim()]
  if (!NUMBER.test(latPart)) return { ok: false, reason: '纬度应为数字，如 31.2049' }
  if (!NUMBER.test(lngPart)) return { ok: false, reason: '经度应为数字，如 121.4251' }
  const lat = Number(latPart)
  const lng = Number(lngPart)
  if (lat < -90 || lat > 90) return { ok: false, reason: '纬度应在 -90 到 90 之间' }
  if (lng < -180 || lng > 180) return { ok: false, reason: '经度应在 -180 到 180 之间' }
  return { ok: true, point: { lat, lng } }
}
