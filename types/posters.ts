import { z } from 'zod'
import { POSTER_KINDS, SCENE_PATTERN, type PosterKind } from './posters.vocab'

export const posterInput = z
  .object({
    kind: z.enum(POSTER_KINDS, { error: '请选择海报类型' }),
    /** The event's, project's or block's id; none for the stations poster. */
    id: z.string().regex(SCENE_PATTERN, '编号不能做成小程序码').optional(),
  })
  .strict()
  .refine((v) => v.kind === 'stations' || !!v.id, { message: '请选择活动、项目或街区', path: ['id'] })

/** What a poster shows, drawn by the app on a canvas (src/features/posters/drawPoster.ts). */
export interface PosterView {
  kind: PosterKind
  /** Large line at the top. */
  headline: string
  title: string
  /** Lines under the title: time, place, seats… (Shanghai time). */
  lines: string[]
  /** The line under the code ("微信扫码报名"). */
  callToAction: string
  /** The page and scene the code opens. */
  page: string
  scene: string
  /** The mini-program code as a PNG or JPEG, base64 (wxacode.getUnlimited's image). */
  codeBase64: string
  codeContentType: string
}

export interface PostersActions {
  'posters.make': { input: typeof posterInput; output: PosterView }
}
