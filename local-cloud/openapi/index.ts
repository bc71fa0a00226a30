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
import { createWxacode, type WxImage } from './wxacode'
import type { WxReply } from './wxErrors'

export { OUTBOX, CONSENTS, MAX_TEMPLATES_PER_REQUEST, type OutboxMessage } from './subscribeMessage'
export { DEFAULT_BLOCKED_WORDS } from './contentSecurity'
export { readLocalWxacode, MAX_SCENE_LENGTH } from './wxacode'

export class OpenApiNotEmulated extends Error {
  constructor(readonly apiName: string) {
    super(`openapi.${apiName} is not emulated by the local cloud (emulated: ${EMULATED.join(', ')})`)
  }
}

const EMULATED = ['subscribeMessage.send', 'security.msgSecCheck', 'wxacode.getUnlimited']

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
  /** The mini-program's pages, for wxacode.getUnlimited's `check_path` (see ./wxacode.ts). */
  miniProgramPages?: () => readonly string[]
  /** The local cloud's own origin (`http://127.0.0.1:8787`): the start of the URL its mini-program codes hold. */
  baseUrl?: () => string
}

export function createOpenApi(options: OpenApiOptions) {
  const subscribeMessage = createSubscribeMessages(options.store, options.now)
  const contentSecurity = createContentSecurity()
  const wxacode = createWxacode({ pages: options.miniProgramPages, baseUrl: options.baseUrl ?? (() => 'http://127.0.0.1') })
  const apis: Record<string, (req: Record<string, any>) => WxReply | WxImage | Promise<WxReply>> = {
    'subscribeMessage.send': subscribeMessage.send,
    'security.msgSecCheck': contentSecurity.msgSecCheck,
    'wxacode.getUnlimited': wxacode.getUnlimited,
  }

  /** One `wx.openApi` request from function `caller`: the protobuf bytes in, the protobuf bytes to answer with out. */
  async function call(apiName: string, requestData: Buffer, caller?: string): Promise<Buffer> {
    if (options.permissionsOf && !options.permissionsOf(caller).includes(apiName)) return encodeCommOpenApiRefusal(NO_PERMISSION)
    const api = apis[apiName]
    if (!api) throw new OpenApiNotEmulated(apiName)
    const reply = await api(parameters(decodeCommApiData(requestData).pairs))
    // An image answer (wxacode) travels as its own bytes and type; the SDK returns it as { contentType, buffer }.
    if (Buffer.isBuffer(reply.buffer)) return encodeCommOpenApiResp({ respData: reply.buffer, contentType: String(reply.contentType) })
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
