import type { AnyAction } from '../core/action'
import { getProject, listProjects, saveProject } from './catalogue'
import { claimProject, withdrawClaim } from './claim'
import { fulfil, listFulfilments, myClaims } from './fulfil'
import { listIntents, submitIntent } from './intent'
import { reviewClaim, reviewQueue } from './review'
import { perksNear, wall } from './wall'

export const projectsActions: AnyAction[] = [
  listProjects,
  getProject,
  saveProject,
  claimProject,
  withdrawClaim,
  myClaims,
  fulfil,
  listFulfilments,
  reviewClaim,
  reviewQueue,
  submitIntent,
  listIntents,
  wall,
  perksNear,
]
