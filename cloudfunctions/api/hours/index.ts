import type { AnyAction } from '../core/action'
import { teamHoursActions } from '../teams'
import { issueHoursCertificate, verifyHoursCertificate } from './certificate'
import { exportTeamHours } from './exportTeam'

/** Every `hours.*` action: a team's check-in/out and corrections (teams/hours.ts), the certificates and the export. */
export const hoursActions: AnyAction[] = [...teamHoursActions, issueHoursCertificate, verifyHoursCertificate, exportTeamHours]
