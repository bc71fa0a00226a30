import { newStationForm, stationFormProblem, toSaveInput } from '@/src/staff/stations/stationForm'

describe('the station edit form', () => {
  const ready = { ...newStationForm(), name: '路口驿站', address: '新华路 1 号', point: { lat: 31.2, lng: 121.4 } }

  it('says what still stops saving, in order', () => {
    expect(stationFormProblem(newStationForm())).toBe('请填写名称')
    expect(stationFormProblem({ ...ready, point: null })).toBe('请选择位置')
    expect(stationFormProblem({ ...ready, hours: { periods: [{ days: [], open: '08:00', close: '20:00' }] } })).toBe('每个时段至少选一天')
    expect(stationFormProblem({ ...ready, hours: { periods: [{ days: [1], open: '8:00', close: '20:00' }] } })).toBe('时间格式应为 HH:mm，如 08:30')
    expect(stationFormProblem({ ...ready, phone: 'abc' })).toBe('电话格式不对')
    expect(stationFormProblem(ready)).toBeNull()
  })

  it('sends 24 h without periods, and leaves out empty optional fields', () => {
    const input = toSaveInput({ ...ready, hours: { always: true, periods: [{ days: [1], open: '08:00', close: '20:00' }], onPublicHoliday: 'closed' } }, 'st-1')
    expect(input).toEqual({
      id: 'st-1',
      name: '路口驿站',
      address: '新华路 1 号',
      lat: 31.2,
      lng: 121.4,
      hours: { always: true, periods: [], onPublicHoliday: 'closed' },
      amenities: [],
      description: '',
      photos: [],
    })
  })
})
