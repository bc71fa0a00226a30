import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import type { UserDoc } from '../core/caller'
import { maskName } from '../core/privacy'

/** Each openid's nickname, masked (“演***”); someone without a nickname is “志愿者”. Never a phone. */
export async function maskedNames(openids: string[]): Promise<Map<string, string>> {
  const users = openids.length
    ? await getDocs<UserDoc>(
        db
          .collection('users')
          .where({ _id: _.in(openids) })
          .limit(200),
      )
    : []
  const nickname = new Map(users.map((u) => [u._id, u.nickname]))
  return new Map(openids.map((openid) => [openid, maskName(nickname.get(openid)) ?? '志愿者']))
}
