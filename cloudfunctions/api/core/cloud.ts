// wx-server-sdk is initialised once per instance (module scope), as CloudBase reuses warm instances.
import cloud from 'wx-server-sdk'

// DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling environment; its typings only allow strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export const db = cloud.database()
export const _ = db.command
export { cloud }

/** The caller's openid, from WeChat's own context only; empty when no user is behind the call. */
export function callerOpenid(): string {
  // getWXContext() parses all-digit values into numbers (wx-server-sdk getWXContext.ts isNumber): keep it a string.
  const openid: unknown = cloud.getWXContext().OPENID
  return openid === undefined || openid === null ? '' : String(openid)
}
