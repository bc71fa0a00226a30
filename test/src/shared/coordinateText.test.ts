import { readLatLng } from '@/src/shared/location/coordinateText'

describe('readLatLng', () => {
  it('reads two boxes, or a "纬度, 经度" pair pasted into the first', () => {
    expect(readLatLng('31.2049', '121.4251')).toEqual({ ok: true, point: { lat: 31.2049, lng: 121.4251 } })
    expect(readLatLng('31.2049, 121.4251', '')).toEqual({ ok: true, point: { lat: 31.2049, lng: 121.4251 } })
    expect(readLatLng('31.2049，121.4251', '')).toEqual({ ok: true, point: { lat: 31.2049, lng: 121.4251 } })
  })

  it('names the field that is wrong', () => {
    expect(readLatLng('北纬31', '121.4')).toEqual({ ok: false, reason: '纬度应为数字，如 31.2049' })
    expect(readLatLng('31.2', '')).toEqual({ ok: false, reason: '经度应为数字，如 121.4251' })
    expect(readLatLng('95', '121.4')).toEqual({ ok: false, reason: '纬度应在 -90 到 90 之间' })
    expect(readLatLng('121.4251', '31.2049')).toEqual({ ok: false, reason: '纬度应在 -90 到 90 之间' })
  })
})
