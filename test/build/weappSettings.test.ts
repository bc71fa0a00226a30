// AppID, cloud environment and template ids come from configuration at build time, never from the repo.
import { PLACEHOLDER_APPID, readWeappSettings, TEMPLATE_ENV, weappConstants } from '@/config/weappSettings'

it('reads TARO_APP_ID, TARO_APP_CLOUD_ENV and TARO_APP_TEMPLATE_* from the environment', () => {
  const settings = readWeappSettings({
    TARO_APP_ID: 'wx0123456789abcdef',
    TARO_APP_CLOUD_ENV: 'nuanxin-prod-1a2b',
    TARO_APP_TEMPLATE_EVENT_REMINDER: 'tmpl-reminder',
    TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED: 'tmpl-seat',
    TARO_APP_TEMPLATE_NEED_PROGRESS: 'tmpl-need',
  })
  expect(settings.appid).toBe('wx0123456789abcdef')
  const constants = weappConstants(settings)
  expect(constants['process.env.TARO_APP_CLOUD_ENV']).toBe('"nuanxin-prod-1a2b"')
  expect(constants['process.env.TARO_APP_TEMPLATE_EVENT_REMINDER']).toBe('"tmpl-reminder"')
  expect(constants['process.env.TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED']).toBe('"tmpl-seat"')
  expect(constants['process.env.TARO_APP_TEMPLATE_NEED_PROGRESS']).toBe('"tmpl-need"')
})

it('falls back to labelled placeholders when nothing is set', () => {
  const settings = readWeappSettings({})
  expect(settings.appid).toBe(PLACEHOLDER_APPID)
  expect(settings.cloudEnv).toBe('')
  const constants = weappConstants(settings)
  // '' at build time: the app then uses the LOCAL_* ids (types/messages.vocab.ts) and says 提醒暂未开通 on weapp.
  for (const name of Object.values(TEMPLATE_ENV)) expect(constants[`process.env.${name}`]).toBe('""')
})
