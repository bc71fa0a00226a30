// The 服务 tab: each feature adds its way in here (resource pack, public-service projects, needs, notices …).
import type { Entry } from '@/src/shared/entries'

export const serviceEntries: Entry[] = []

serviceEntries.push({
  key: 'need-submit',
  title: '我要反映',
  description: '招工、政策、噪音、店招、消防……网格员 24 小时内回应',
  url: '/features/needs/subpages/submit/index',
})

serviceEntries.push(
  {
    key: 'resource-pack',
    title: '服务资源包',
    description: '党群、政务、招聘、融资、消防、文化六类服务，一键拨打',
    url: '/features/resources/subpages/index/index',
  },
  {
    key: 'action-toolkit',
    title: '行动工具包',
    description: '商户参与社区行动，一步一步照着做',
    url: '/features/resources/subpages/category/index?category=toolkit',
  },
  { key: 'contact-card', title: '联系卡', description: '离你最近的党群阵地：地址、开放时间、特色活动', url: '/features/positions/subpages/nearby/index' },
  { key: 'notices', title: '公告', description: '街区通知与台风等应急预警', url: '/features/notices/subpages/list/index' },
  { key: 'verify-badge', title: '验证工作牌', description: '扫一扫网格员的工作牌，确认身份真实有效', url: '/features/badges/subpages/verify/index' },
)

serviceEntries.push(
  { key: 'projects', title: '公益项目', description: '"十个一"暖新项目：看看需要什么，店家来认领', url: '/features/projects/subpages/catalogue/index' },
  { key: 'good-shops', title: '好店家', description: '参与公益的街边小店和它们提供的福利', url: '/features/projects/subpages/wall/index' },
)

serviceEntries.push({
  key: 'teams',
  title: '志愿队',
  description: '骑士团、好店家、营造师、讲述者、行动队：加入一支，签到累计志愿时长',
  url: '/features/teams/subpages/list/index',
})
