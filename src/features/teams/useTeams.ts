import { useApiQuery } from '@/src/shared/query/useApiQuery'

const NO_INPUT = {} as Record<string, never>

export const useTeamList = () => useApiQuery('teams.list', NO_INPUT)
export const useTeam = (teamId: string | undefined) => useApiQuery('teams.get', teamId ? { teamId } : null)
export const useMyHours = () => useApiQuery('hours.mine', NO_INPUT)
export const useAttendance = (activityId: string | null) => useApiQuery('hours.forActivity', activityId ? { activityId } : null)
