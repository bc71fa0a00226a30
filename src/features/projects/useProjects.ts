import { useApiQuery } from '@/src/shared/query/useApiQuery'

const NO_INPUT = {} as Record<string, never>

export const useProjectList = () => useApiQuery('projects.list', NO_INPUT)
export const useProject = (id: string | undefined) => useApiQuery('projects.get', id ? { id } : null)
export const useWall = () => useApiQuery('projects.wall', NO_INPUT)
export const useMyClaims = () => useApiQuery('projects.mine', NO_INPUT)
export const useFulfilments = (claimId: string | undefined) => useApiQuery('projects.fulfilments', claimId ? { claimId } : null)
export const usePerksNear = (at: { lat: number; lng: number; radiusM?: number } | null) => useApiQuery('projects.perksNear', at)
