import type { AnyAction } from '../core/action'
import { issueHoursCertificate, verifyHoursCertificate } from './certificate'
import { exportTeamHours } from './exportTeam'

export const hoursCertificateActions: AnyAction[] = [issueHoursCertificate, verifyHoursCertificate, exportTeamHours]
