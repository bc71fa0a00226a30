// The 服务三问 as taps: what the form holds, and the `visits.log` input it becomes (no Taro here: unit-tested).
import type { z } from 'zod'
import type { logVisitInput } from '@/types/visits'
import { NEED_CATEGORY_LABELS, type NeedCategory } from '@/types/needs.vocab'
import type { PartyMembershipPlace } from '@/types/visits.vocab'

/** How many party members: 5 stands for "5 or more" (an estimate is enough on a visit). */
export const PARTY_COUNTS = [1, 2, 3, 4, 5] as const
export const PARTY_COUNT_LABELS: Record<(typeof PARTY_COUNTS)[number], string> = { 1: '1 人', 2: '2 人', 3: '3 人', 4: '4 人', 5: '5 人及以上' }

export const CHILDCARE_ANSWERS = ['needed', 'notNeeded'] as const
export type ChildcareAnswer = (typeof CHILDCARE_ANSWERS)[number]
export const CHILDCARE_ANSWER_LABELS: Record<ChildcareAnswer, string> = { needed: '需要照看', notNeeded: '不需要' }
export const CHILDCARE_WAYS = ['summerClass', 'grandparents', 'inShop', 'noOne'] as const
export type ChildcareWay = (typeof CHILDCARE_WAYS)[number]
export const CHILDCARE_WAY_LABELS: Record<ChildcareWay, string> = {
  summerClass: '想报爱心暑托班',
  grandparents: '老人照看',
  inShop: '带在店里',
  noOne: '没人照看',
}

export const DIFFICULTY_ANSWERS = ['none', 'some'] as const
export type DifficultyAnswer = (typeof DIFFICULTY_ANSWERS)[number]
export const DIFFICULTY_ANSWER_LABELS: Record<DifficultyAnswer, string> = { none: '没有困难', some: '有困难' }
/** The kinds of difficulty to tap: the need categories a shop can have (a station problem is not one). */
export const DIFFICULTY_KINDS = (Object.keys(NEED_CATEGORY_LABELS) as NeedCategory[]).filter((c) => c !== 'station')

export interface VisitFormState {
  party: PartyMembershipPlace | null
  partyCount: number | null
  childcare: ChildcareAnswer | null
  childcareWay: ChildcareWay | null
  difficulty: DifficultyAnswer | null
  difficultyKinds: NeedCategory[]
  /** Optional words on top of the tapped kinds. */
  difficultyDetail: string
  raiseNeed: boolean
  notes: string
  photos: string[]
}

export const emptyVisitForm: VisitFormState = {
  party: null,
  partyCount: null,
  childcare: null,
  childcareWay: null,
  difficulty: null,
  difficultyKinds: [],
  difficultyDetail: '',
  raiseNeed: false,
  notes: '',
  photos: [],
}

/** The first question still unanswered, as the save button says it; null when the three are answered. */
export function missingAnswer(form: VisitFormState): string | null {
  if (!form.party) return '请回答党员一问'
  if (!form.childcare) return '请回答子女照看一问'
  if (!form.difficulty) return '请回答经营困难一问'
  if (form.difficulty === 'some' && form.difficultyKinds.length === 0) return '请选择困难的类别'
  return null
}

export function difficultiesText(form: VisitFormState): string | undefined {
  if (form.difficulty !== 'some') return undefined
  const kinds = form.difficultyKinds.map((k) => NEED_CATEGORY_LABELS[k]).join('、')
  const detail = form.difficultyDetail.trim()
  return (detail ? `${kinds}：${detail}` : kinds).slice(0, 300)
}

export function toLogVisitInput(shopId: string, form: VisitFormState): z.input<typeof logVisitInput> {
  const withMembers = form.party === 'here' || form.party === 'elsewhere'
  const difficulties = difficultiesText(form)
  const raise = form.raiseNeed && difficulties && form.difficultyKinds.length > 0
  return {
    shopId,
    answers: {
      partyMembers: form.party ?? 'unknown',
      ...(withMembers && form.partyCount ? { partyMemberCount: form.partyCount } : {}),
      childcareNeeded: form.childcare === 'needed',
      ...(form.childcare === 'needed' && form.childcareWay ? { childcareNote: CHILDCARE_WAY_LABELS[form.childcareWay] } : {}),
      ...(difficulties ? { difficulties } : {}),
    },
    ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
    ...(form.photos.length ? { photos: form.photos } : {}),
    ...(raise ? { raiseNeed: { category: form.difficultyKinds[0], description: `走访发现：${difficulties}`.slice(0, 500) } } : {}),
  }
}
