// After the functions are up: are their cloud-call permissions registered? No deploy API registers them — not
// manager-node (its CreateFunction field list has no permissions), not miniprogram-ci (cloud.uploadFunction does not
// read config.json), and WeChat's tcb/uploadfuncconfig takes only a third-party platform's token. Only WeChat
// DevTools' upload does (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html). So the
// deploy asks each function (its system.probe) and, when one is missing, names the DevTools step.
import type { PermissionStatus } from '@/types/system'
import type { CloudManager } from './cloudManager'
import type { FunctionPlan } from './plan'

export interface PermissionReport {
  fn: string
  api: string
  status: PermissionStatus
  message: string
}

/** Invokes each function that declares permissions with `{ action: 'system.probe' }` and reads its answer. */
export async function checkPermissions(manager: CloudManager, functions: FunctionPlan[]): Promise<PermissionReport[]> {
  const reports: PermissionReport[] = []
  for (const fn of functions.filter((f) => f.openapi.length > 0)) {
    const unknown = (message: string) => fn.openapi.map((api) => ({ fn: fn.name, api, status: 'unknown' as const, message }))
    let answer: { ok?: boolean; data?: { results?: Array<{ api: string; status: PermissionStatus; message: string }> } }
    try {
      const invoked = await manager.functions.invokeFunction(fn.name, { action: 'system.probe', data: { apis: fn.openapi } })
      answer = JSON.parse(invoked.RetMsg ?? 'null') ?? {}
      if (!answer.ok) {
        reports.push(...unknown(`the probe answered ${invoked.RetMsg ?? invoked.ErrMsg ?? 'nothing'}`))
        continue
      }
    } catch (error) {
      reports.push(...unknown(`could not invoke ${fn.name}: ${String((error as Error)?.message ?? error).split('\n')[0]}`))
      continue
    }
    const results = answer.data?.results ?? []
    for (const api of fn.openapi) {
      const found = results.find((r) => r.api === api)
      reports.push(
        found
          ? { fn: fn.name, api, status: found.status, message: found.message }
          : { fn: fn.name, api, status: 'unknown', message: 'the probe did not answer for it' },
      )
    }
  }
  return reports
}

/** The steps a person takes for what the probe found; none when every permission is registered. */
export function permissionManualSteps(reports: PermissionReport[], envId: string): string[] {
  const steps: string[] = []
  const missing = reports.filter((r) => r.status === 'missing')
  const unknown = reports.filter((r) => r.status === 'unknown')
  const byFunction = (list: PermissionReport[]) =>
    [...new Set(list.map((r) => r.fn))]
      .map(
        (fn) =>
          `${fn} (${list
            .filter((r) => r.fn === fn)
            .map((r) => r.api)
            .join(', ')})`,
      )
      .join('; ')
  if (missing.length) {
    const names = [...new Set(missing.map((r) => r.fn))]
    steps.push(
      `Cloud-call permissions are not registered: ${byFunction(missing)}. Only WeChat DevTools registers them, when it ` +
        `uploads a function. In WeChat DevTools open this repository (project.config.json: cloudfunctionRoot cloudfunctions/), ` +
        `choose the cloud environment ${envId}, then for ${names.join(' and ')}: right-click cloudfunctions/<name> → ` +
        '上传并部署：云端安装依赖（不上传 node_modules）. WeChat caches permissions for up to 10 minutes; then run ' +
        '`npm run deploy -- --check` until it reports every permission registered.',
    )
  }
  if (unknown.length) {
    steps.push(
      `Could not tell whether these cloud-call permissions are registered: ${byFunction(unknown)} ` +
        `(${[...new Set(unknown.map((r) => r.message))].join('; ')}). Check from the mini-program: signed in as an admin, ` +
        "in WeChat DevTools' console run wx.cloud.callFunction({ name: 'api', data: { action: 'system.probe', data: {} } })" +
        '.then((r) => console.log(JSON.stringify(r.result))) — every result should say "registered".',
    )
  }
  return steps
}
