// "我的" rows: each feature adds the person's own records here (my events, my claims, my needs, my data …).
import type { Entry } from '../../shared/entries'
import { MY_DATA_PAGE, PRIVACY_GUIDE_PAGE } from '../privacy/routes'

export const myEntries: Entry[] = []

// Always last: what the system holds about me, and the rules it keeps.
myEntries.push(
  { key: 'my-data', title: '我的数据', description: '查看、导出或删除与我有关的全部记录', url: MY_DATA_PAGE },
  { key: 'privacy-guide', title: '隐私保护指引', description: '我们收集什么、为什么、保存多久', url: PRIVACY_GUIDE_PAGE },
)
