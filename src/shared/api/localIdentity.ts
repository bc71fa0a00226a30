// "本地调试身份": which demo person the h5 build speaks as against the local cloud.
// Only the h5 build reads this; on weapp the identity is WeChat's own.
export const LOCAL_IDENTITIES = [
  { openid: 'demo-resident', label: '居民' },
  { openid: 'demo-merchant', label: '商户' },
  { openid: 'demo-courier', label: '骑手' },
  { openid: 'demo-staff', label: '网格员' },
  { openid: 'demo-admin', label: '街道管理员' },
] as const

export type LocalOpenid = (typeof LOCAL_IDENTITIES)[number]['openid']

const STORAGE_KEY = 'nx.localOpenid'
const DEFAULT_OPENID: LocalOpenid = 'demo-resident'

export function getLocalOpenid(): LocalOpenid {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    if (LOCAL_IDENTITIES.some((identity) => identity.openid === stored)) return stored as LocalOpenid
  } catch {
    // localStorage can be unavailable (private mode); fall through to the default.
  }
  return DEFAULT_OPENID
}

export function setLocalOpenid(openid: LocalOpenid): void {
  window.localStorage.setItem(STORAGE_KEY, openid)
}
