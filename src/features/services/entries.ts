// The 服务 tab: each feature adds its way in here (resource pack, public-service projects, needs, notices …).
import type { Entry } from '../../shared/entries'

export const serviceEntries: Entry[] = []
