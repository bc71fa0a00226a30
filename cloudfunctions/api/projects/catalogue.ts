import { assertInScope, callerScope, placeInScope } from '../core/scope'
import { noInput, projectIdInput, saveProjectInput } from '@/types/projects'
import { ON_WALL_STATUSES } from '@/types/projects.vocab'
import { defineAction } from '../core/action'
import { replacingObjects } from '../core/wholeFields'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { AppError } from '../core/errors'
import { toProjectView, type ClaimDoc, type ProjectDoc } from './projectDoc'
import { claims, liveClaimCounts, loadProject, projects } from './store'
import { wallShops } from './wallShops'
import { STAFF_ROLES } from '@/types/roles'

/** The catalogue: every project, newest period first, with how many shops claimed and were approved. */
export const listProjects = defineAction({
  name: 'projects.list',
  input: noInput,
  async handle() {
    const docs = await getDocs<ProjectDoc>(projects().orderBy('startsOn', 'desc').limit(100))
    const counts = await liveClaimCounts(docs.map((d) => d._id))
    return { projects: docs.map((d) => toProjectView(d, counts.get(d._id) ?? 0)) }
  },
})

export const getProject = defineAction({
  name: 'projects.get',
  input: projectIdInput,
  async handle({ input }) {
    const project = await loadProject(input.id)
    const counts = await liveClaimCounts([project._id])
    const onWall = await getDocs<ClaimDoc>(
      claims()
        .where({ projectId: project._id, status: _.in([...ON_WALL_STATUSES]) })
        .limit(500),
    )
    return { project: toProjectView(project, counts.get(project._id) ?? 0), shops: await wallShops(onWall) }
  },
})

/** Staff create or edit a project. The quota may not drop below the places already taken. */
export const saveProject = defineAction({
  name: 'projects.save',
  input: saveProjectInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const { fields } = input
    const scope = callerScope(caller)
    if (!input.id) {
      const place = await placeInScope(scope, input.blockId)
      const doc: Omit<ProjectDoc, '_id'> = { ...fields, ...place, approvedCount: 0, createdAt: now, updatedAt: now }
      const { _id } = (await projects().add({ data: doc })) as { _id: string }
      return toProjectView({ ...doc, _id }, 0)
    }
    const current = assertInScope(scope, await loadProject(input.id), '没有找到这个项目')
    // Conditional on the count still fitting, so an approval racing this edit cannot push it over the new quota.
    const res = (await projects()
      .where({ _id: input.id, approvedCount: _.lte(fields.quota) })
      .update({ data: replacingObjects({ ...fields, updatedAt: now }) })) as { stats: { updated: number } }
    if (res.stats.updated === 0) {
      throw new AppError('CONFLICT', `已有 ${current.approvedCount} 家店通过审核，名额不能少于这个数`)
    }
    const saved = await loadProject(input.id)
    return toProjectView(saved, (await liveClaimCounts([saved._id])).get(saved._id) ?? 0)
  },
})
