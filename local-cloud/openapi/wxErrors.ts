/** The JSON body a WeChat open API answers; wx-server-sdk throws when errcode is not 0. */
export interface WxReply {
  errcode: number
  errmsg: string
  [field: string]: unknown
}

/** WeChat appends a request id to every error message; code that matches on the text should still match. */
export function wxError(errcode: number, errmsg: string): WxReply {
  return { errcode, errmsg: `${errmsg} rid: local-${Date.now().toString(16)}` }
}
