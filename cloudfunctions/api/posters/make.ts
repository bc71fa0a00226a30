import { posterInput } from '@/types/posters'
import { STAFF_ROLES } from '@/types/roles'
import { blockScene, NEAREST_STATIONS_SCENE, POSTER_PAGES } from '@/types/posters.vocab'
import { defineAction } from '../core/action'
import { AppError } from '../core/errors'
import { loadEvent } from '../events/eventStore'
import { projects } from '../projects/store'
import { firstDoc } from '../core/db'
import type { ProjectDoc } from '../projects/projectDoc'
import { miniProgramCode } from './miniProgramCode'
import { loadBlock, loadStreet } from '../org/orgStore'
import { assertInScope, callerScope } from '../core/scope'
import { blockPosterText, eventPosterText, projectPosterText, stationsPosterText, type PosterText } from './posterText'

/**
 * A poster for a group chat or a shop window (staff): its words and the mini-program code that opens the page it
 * names — an event (published, public: a QR-only event's code would have to carry its invitation), a project, or
 * the nearest stations, or a block's 我的街区 page (scene `b=<blockId>`, staff of that block only: another block
 * answers NOT_FOUND). The app draws it on a canvas.
 */
export const makePoster = defineAction({
  name: 'posters.make',
  input: posterInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    let text: PosterText
    let scene: string
    if (input.kind === 'event') {
      // Another block's event or project answers NOT_FOUND, as every staff action does (issue 16).
      const event = assertInScope(callerScope(caller), await loadEvent(input.id!), '没有找到这个活动')
      if (event.status !== 'published') throw new AppError('CONFLICT', '活动发布后才能生成海报')
      if (event.visibility !== 'public') throw new AppError('CONFLICT', '仅限扫码报名的活动请出示活动报名码，不做公开海报')
      text = eventPosterText(event)
      scene = event._id
    } else if (input.kind === 'project') {
      const project = assertInScope(callerScope(caller), await firstDoc<ProjectDoc>(projects().where({ _id: input.id! }).limit(1)), '没有找到这个项目')
      text = projectPosterText(project)
      scene = project._id
    } else if (input.kind === 'block') {
      const found = await loadBlock(input.id!)
      const block = assertInScope(callerScope(caller), found && { ...found, blockId: found._id }, '没有找到这个街区')
      const street = await loadStreet(block.streetId)
      text = blockPosterText(block, street?.name ?? null)
      scene = blockScene(block._id)
    } else {
      text = stationsPosterText()
      scene = NEAREST_STATIONS_SCENE
    }
    const page = POSTER_PAGES[input.kind]
    const code = await miniProgramCode(page, scene)
    return { kind: input.kind, ...text, page, scene, codeBase64: code.buffer.toString('base64'), codeContentType: code.contentType }
  },
})
