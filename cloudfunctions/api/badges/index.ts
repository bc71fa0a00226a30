import type { AnyAction } from '../core/action'
import { issueBadge, listBadges, myBadge, revokeBadge } from './manage'
import { verifyBadge } from './verify'

export const badgesActions: AnyAction[] = [myBadge, verifyBadge, listBadges, issueBadge, revokeBadge]
