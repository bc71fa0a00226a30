import type { PosterKind } from '@/types/posters.vocab'

export const POSTER_PAGE = '/staff/posters/make/index'

/** The poster page for one record (an event's or project's id; none for the stations poster). */
export const posterUrl = (kind: PosterKind, id?: string) => `${POSTER_PAGE}?kind=${kind}${id ? `&id=${encodeURIComponent(id)}` : ''}`
