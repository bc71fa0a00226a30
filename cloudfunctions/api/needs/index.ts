import type { AnyAction } from '../core/action'
import { escalateNeed, resolveNeed } from './escalate'
import { acceptNeed, assignNeed, replyNeed } from './handle'
import { needsInbox } from './inbox'
import { getNeed, myNeeds, rateNeed } from './mine'
import { submitNeed } from './submit'

export const needsActions: AnyAction[] = [submitNeed, myNeeds, getNeed, rateNeed, needsInbox, acceptNeed, replyNeed, assignNeed, escalateNeed, resolveNeed]
