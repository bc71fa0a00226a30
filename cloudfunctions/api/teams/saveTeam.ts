// 志愿队 are data an admin keeps (DOMAIN.md): created and edited in the app, never only by the seed.
import { randomUUID } from 'node:crypto'
import { saveTeamInput } from '@/types/teams'
import { defineAction } from '../core/action'
import { assertTextIsClean } from '../core/contentCheck'
import { getDocs } from '../core/db'
import { assertInScope, callerScope, placeInScope } from '../core/scope'
import { isMember, loadTeam, teams, toTeamView, type TeamDoc } from './teamDocs'
import { ADMIN_ROLES } from '@/types/roles'

/** Creates a team (no members yet, last in the list unless `order` says otherwise) or edits one; memberCount is never touched here. */
export const saveTeam = defineAction({
  name: 'teams.save',
  input: saveTeamInput,
  roles: ADMIN_ROLES,
  async handle({ caller, input }) {
    await assertTextIsClean(caller.openid, [input.name, input.description])
    const scope = callerScope(caller)
    if (input.teamId) {
      const team = assertInScope(scope, await loadTeam(input.teamId), '没有找到这支志愿队')
      const fields = { name: input.name, description: input.description, order: input.order ?? team.order }
      await teams().doc(team._id).update({ data: fields })
      return toTeamView({ ...team, ...fields }, await isMember(team._id, caller.openid))
    }
    const last = await getDocs<TeamDoc>(teams().orderBy('order', 'desc').limit(1))
    const doc: TeamDoc = {
      _id: `team-${randomUUID()}`,
      name: input.name,
      description: input.description,
      memberCount: 0,
      order: input.order ?? (last[0]?.order ?? 0) + 1,
    }
    const place = await placeInScope(scope, input.blockId)
    const { _id, ...fields } = doc
    await teams()
      .doc(_id)
      .set({ data: { ...fields, ...place } })
    return toTeamView(doc, false)
  },
})
