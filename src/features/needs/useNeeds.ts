import { useApiQuery } from '@/src/shared/query/useApiQuery'

export const useMyNeeds = () => useApiQuery('needs.mine', {})
export const useNeed = (id: string | undefined) => useApiQuery('needs.get', id ? { needId: id } : null)
