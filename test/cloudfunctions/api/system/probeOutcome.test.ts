// The probe's reading of a cloud call's outcome. The codes are wx-server-sdk's (index.js ERR_CODE): -604101 is
// 'function has no permission to call this API', -604104 'illegal source of invocation'; positive codes are WeChat's.
import { classifyProbeOutcome } from '@/cloudfunctions/api/system/probeOutcome'

it('a call that succeeds means the permission is registered', () => {
  expect(classifyProbeOutcome('security.msgSecCheck')).toMatchObject({ status: 'registered', errCode: null })
})

it('-604101 means the permission is missing', () => {
  expect(classifyProbeOutcome('subscribeMessage.send', { errCode: -604101, errMsg: 'system error: error code: -604101' })).toMatchObject({
    api: 'subscribeMessage.send',
    status: 'missing',
    errCode: -604101,
  })
})

it("WeChat's own refusal (invalid template 40037, no consent 43101, invalid openid 40003) means the call got through", () => {
  for (const errCode of [40037, 43101, 40003]) expect(classifyProbeOutcome('subscribeMessage.send', { errCode }).status).toBe('registered')
})

it('-604104 (a caller that may not make cloud calls) and errors without a code cannot tell', () => {
  expect(classifyProbeOutcome('security.msgSecCheck', { errCode: -604104 }).status).toBe('unknown')
  expect(classifyProbeOutcome('security.msgSecCheck', new Error('socket hang up')).status).toBe('unknown')
  expect(classifyProbeOutcome('security.msgSecCheck', { errCode: -501001 }).status).toBe('unknown')
})
