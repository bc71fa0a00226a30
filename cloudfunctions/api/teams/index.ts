import type { AnyAction } from '../core/action'
import { saveActivity } from './activities'
import { checkIn, checkOut, correctHours, hoursForActivity, myHours } from './hours'
import { getTeam, joinTeam, leaveTeam, listTeams } from './membership'
import { saveTeam } from './saveTeam'

export const teamsActions: AnyAction[] = [listTeams, getTeam, joinTeam, leaveTeam, saveTeam, saveActivity]

/** A team's `hours.*` actions: served under the `hours` domain with the certificates (cloudfunctions/api/hours). */
export const teamHoursActions: AnyAction[] = [checkIn, checkOut, myHours, hoursForActivity, correctHours]
