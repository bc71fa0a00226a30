import { verifyBadgeInput } from '@/types/badges'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { readBadgeCode } from './badgeCode'
import { toBadgePublicView, type BadgeDoc } from './badgeDoc'
import { verdictFor } from './badgeVerdict'

/** Anyone scans a badge: genuine (our signature) and current (the database says active, not expired). */
export const verifyBadge = defineAction({
  name: 'badges.verify',
  input: verifyBadgeInput,
  async handle({ input, now }) {
    const read = readBadgeCode(input.code)
    if (!read) return { verdict: 'tampered' as const, valid: false, badge: null }
    const doc = await firstDoc<BadgeDoc>(db.collection('badges').where({ _id: read.badgeId }).limit(1))
    const verdict = verdictFor(doc, read.nonce, now)
    return { verdict, valid: verdict === 'valid', badge: doc ? await toBadgePublicView(doc) : null }
  },
})
