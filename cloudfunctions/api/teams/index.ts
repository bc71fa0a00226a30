import type { AnyAction } from '../core/action'
import { saveActivity } from './activities'
import { checkIn, checkOut, correctHours, hoursForActivity, myHours } from './hours'
import { getTeam, joinTeam, leaveTeam, listTeams } from './membership'

export const teamsActions: AnyAction[] = [listTeams, getTeam, joinTeam, leaveTeam, saveActivity, checkIn, checkOut, myHours, hoursForActivity, correctHours]
