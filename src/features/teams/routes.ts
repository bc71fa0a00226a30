const ROOT = '/features/teams/subpages'
export const TEAMS_PAGE = `${ROOT}/list/index`
export const MY_HOURS_PAGE = `${ROOT}/hours/index`
export const TEAMS_MANAGE_PAGE = '/staff/teams/manage/index'
export const teamUrl = (teamId: string) => `${ROOT}/team/index?id=${encodeURIComponent(teamId)}`
