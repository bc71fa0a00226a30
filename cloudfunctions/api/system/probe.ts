// Are this function's cloud-call permissions registered in the cloud? Only WeChat DevTools' upload registers
// config.json `permissions.openapi` (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html);
// without it every `cloud.openapi.*` call fails with -604101. The probe makes each call once, harmlessly (a content
// check of a fixed word, a subscribe message to a template that cannot exist), and reads the answer.
import { PROBED_OPENAPIS, type PermissionProbe } from '@/types/system'
import { cloud } from '../core/cloud'
import { classifyProbeOutcome, PROBE_TEMPLATE_ID } from './probeOutcome'

const PROBES: Record<(typeof PROBED_OPENAPIS)[number], (openid: string) => Promise<unknown>> = {
  'security.msgSecCheck': (openid) => cloud.openapi.security.msgSecCheck({ content: '权限检查', version: 2, scene: 1, openid }),
  'subscribeMessage.send': (openid) =>
    cloud.openapi.subscribeMessage.send({ touser: openid, templateId: PROBE_TEMPLATE_ID, data: { thing1: { value: '权限检查' } } }),
  // A scene WeChat refuses (33 characters, 40129): past the permission gate, and no code is drawn.
  'wxacode.getUnlimited': () => cloud.openapi.wxacode.getUnlimited({ scene: 'x'.repeat(33), checkPath: false }),
}

/** Tries each permission in turn; `openid` is the caller's (empty when the deployer invokes the function). */
export async function probeOpenApi(apis: readonly (typeof PROBED_OPENAPIS)[number][], openid: string): Promise<PermissionProbe[]> {
  const results: PermissionProbe[] = []
  for (const api of apis) {
    try {
      await PROBES[api](openid)
      results.push(classifyProbeOutcome(api))
    } catch (error) {
      results.push(classifyProbeOutcome(api, error))
    }
  }
  return results
}

/** The event `npm run deploy` sends when it invokes a function through the management API (no user behind it). */
export function isDeployProbe(event: unknown): event is { action: 'system.probe'; data?: { apis?: string[] } } {
  return typeof event === 'object' && event !== null && (event as { action?: unknown }).action === 'system.probe'
}

/** The probe for the deployer's invocation: the apis it names that the probe knows, all when it names none. */
export async function answerDeployProbe(event: { data?: { apis?: string[] } }): Promise<{ ok: true; data: { results: PermissionProbe[] } }> {
  const asked = event.data?.apis ?? [...PROBED_OPENAPIS]
  const known = asked.filter((api): api is (typeof PROBED_OPENAPIS)[number] => (PROBED_OPENAPIS as readonly string[]).includes(api))
  const unknown = asked.filter((api) => !known.includes(api as (typeof PROBED_OPENAPIS)[number]))
  const results = await probeOpenApi(known, '')
  for (const api of unknown) results.push({ api, status: 'unknown', errCode: null, message: '无法判断：探针不会试这个接口' })
  return { ok: true, data: { results } }
}
