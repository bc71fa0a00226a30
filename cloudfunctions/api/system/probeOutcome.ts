// What a cloud call's outcome says about the calling function's cloud-call permission (pure; no SDK here).
import type { PermissionProbe } from '@/types/system'

// wx-server-sdk index.js ERR_CODE (≈ line 3175): the cloud-call gateway's own answers, before WeChat is reached.
const NO_PERMISSION = -604101 // WX_FUNCTIONS_SERVER_OPENAPI_NO_PERMISSION 'function has no permission to call this API'
const API_NOT_FOUND = -604100 // WX_FUNCTIONS_SERVER_OPENAPI_NOT_FOUND
const ILLEGAL_SOURCE = -604104 // WX_FUNCTIONS_SERVER_OPENAPI_ILLEGAL_INVOCATION_SOURCE

/** A template id WeChat cannot know, so a registered send is refused by WeChat itself (e.g. 40037) and sends nothing. */
export const PROBE_TEMPLATE_ID = 'nuanxin-permission-probe'

/** What one probe call's outcome says about the permission. `error` undefined means the call succeeded. */
export function classifyProbeOutcome(api: string, error?: unknown): PermissionProbe {
  if (error === undefined) return { api, status: 'registered', errCode: null, message: '已登记（调用成功）' }
  const errCode = typeof (error as { errCode?: unknown })?.errCode === 'number' ? (error as { errCode: number }).errCode : null
  if (errCode === NO_PERMISSION) {
    return { api, status: 'missing', errCode, message: '未登记：云端没有这个云调用权限（-604101），需用微信开发者工具上传该云函数' }
  }
  if (errCode === ILLEGAL_SOURCE) {
    return { api, status: 'unknown', errCode, message: '无法判断：这种调用来源不能发起云调用（-604104），请从小程序里调用 system.probe' }
  }
  if (errCode === API_NOT_FOUND) return { api, status: 'unknown', errCode, message: '无法判断：云端不认识这个接口（-604100）' }
  // A positive code is WeChat's own answer (40003 invalid openid, 40037 invalid template, 43101 no consent …):
  // the request went through the permission gate.
  if (errCode !== null && errCode > 0) return { api, status: 'registered', errCode, message: `已登记（微信答复 ${errCode}）` }
  return { api, status: 'unknown', errCode, message: `无法判断：${String((error as Error)?.message ?? error).slice(0, 200)}` }
}
