/**
 * `cloud.openapi.*`: wx-server-sdk sends `POST /admin` multipart `{ action: 'wx.openApi', apiName,
 * requestData }`, requestData being a protobuf CommApiData whose pairs hold each (snake_cased) parameter
 * as JSON; it expects the raw bytes of a CommOpenApiResp whose respData is WeChat's JSON answer.
 * Only the APIs in `apis` are emulated; any other fails loudly, by name.
 */
import type { Storage } from '../store'
import { createContentSecurity } from './contentSecurity'
import { decodeCommApiData, encodeCommOpenApiRefusal, encodeCommOpenApiResp, type OpenApiPair } from './protobuf'
import { createSubscribeMessages } from './subscribeMessage'
import type { WxReply } from './wxErrors'

export { OUTBOX, CONSENTS, MAX_TEMPLATES_PER_REQUEST, type OutboxMessage } from './subscribeMessage'
export { DEFAULT_BLOCKED_WORDS } from './contentSecurity'

export class OpenApiNotEmulated extends Error {
  constructor(readonly apiName: string) {
    super(`openapi.${apiName} is not emulated by the local cloud (emulated: ${EMULATED.join(', ')})`)
  }
}

const EMULATED = ['subscribeMessage.send', 'security.msgSecCheck']

/** CloudBase's refusal of a cloud call the function's config.json does not list (wx-server-sdk ERR_CODE -604101). */
export const NO_PERMISSION = -604101

export interface OpenApiOptions {
  store: Storage
  now: () => Date
  /**
   * The calling function's `config.json` `permissions.openapi` list (e.g. `['security.msgSecCheck']`).
   * A call the list lacks fails with -604101, as in the cloud ("云调用" doc: developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html;
   * docs.cloudbase.net FAQ cloud-call-604101-permission-error). Omitted: nothing is checked (unit tests of the APIs).
   */
  permissionsOf?: (functionName: string | undefined) => readonly string[]
}

export function createOpenApi(options: OpenApiOptions) {
  const subscribeMessage = createSubscribeMessages(options.store, options.now)
  const contentSecurity = createContentSecurity()
  const apis: Record<string, (req: Record<string, any>) => WxReply | Promise<WxReply>> = {
    'subscribeMessage.send': subscribeMessage.send,
    'security.msgSecCheck': contentSecurity.msgSecCheck,
  }

  /** One `wx.openApi` request from function `caller`: the protobuf bytes in, the protobuf bytes to answer with out. */
  async function call(apiName: string, requestData: Buffer, caller?: string): Promise<Buffer> {
    if (options.permissionsOf && !options.permissionsOf(caller).includes(apiName)) return encodeCommOpenApiRefusal(NO_PERMISSION)
    const api = apis[apiName]
    if (!api) throw new OpenApiNotEmulated(apiName)
    const reply = await api(parameters(decodeCommApiData(requestData).pairs))
    return encodeCommOpenApiResp({
      respData: Buffer.from(JSON.stringify(reply)),
      contentType: 'application/json; charset=utf-8',
    })
  }

  return { call, subscribeMessage, contentSecurity }
}

export type OpenApi = ReturnType<typeof createOpenApi>

function parameters(pairs: OpenApiPair[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const pair of pairs) {
    // Media parameters (img_sec_check's image) arrive as bytes with a content type; the rest as JSON.
    out[pair.key] = pair.contentType ? pair.value : JSON.parse(pair.value.toString('utf8'))
  }
  return out
}
