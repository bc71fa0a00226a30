// "我的" rows: each feature adds the person's own records here (my events, my claims, my needs, my data …).
import type { Entry } from '../../shared/entries'

export const myEntries: Entry[] = []
