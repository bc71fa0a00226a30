// A person's own ID code (我的身份码): constants and parsing the app may import (no zod here).

/**
 * The code is `NXU1|<openid>`. It is an identifier, not a secret: it only says who someone is, so staff can pick
 * the right person without typing. Every action it feeds still checks the caller's own role on the server.
 */
export const USER_CODE_PREFIX = 'NXU1|'

export const userCodeOf = (openid: string): string => `${USER_CODE_PREFIX}${openid}`

/** The openid inside a scanned or pasted ID code, or null when the text is not one. */
export function openidFromUserCode(text: string): string | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith(USER_CODE_PREFIX)) return null
  const openid = trimmed.slice(USER_CODE_PREFIX.length).trim()
  return /^[A-Za-z0-9_-]{1,64}$/.test(openid) ? openid : null
}

/** The roles an admin grants or withdraws on the roles page (residents and couriers choose theirs). */
export const GRANTED_ROLES = ['staff', 'merchant', 'admin'] as const
