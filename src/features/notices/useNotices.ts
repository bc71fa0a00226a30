import { useApiQuery } from '@/src/shared/query/useApiQuery'

const NO_INPUT = {} as Record<string, never>

/** Emergencies in force: the banner on every tab page. */
export const useActiveEmergencies = () => useApiQuery('notices.active', NO_INPUT)
export const useNotices = () => useApiQuery('notices.list', NO_INPUT)
export const useNotice = (id: string | undefined) => useApiQuery('notices.get', id ? { id } : null)
