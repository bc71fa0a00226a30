// The staff 工作台: each feature adds its staff pages here (pages live in this `staff` subpackage).
import type { Entry } from '../shared/entries'
import { ADMIN_ROLES } from '@/types/roles'

export const staffEntries: Entry[] = []

staffEntries.push({ key: 'staff-events', title: '活动管理', description: '发布活动、查看名单、扫码签到、导出名单', url: '/staff/events/manage/index' })

staffEntries.push(
  { key: 'staff-needs', title: '诉求工单', description: '按哨级和状态处理诉求：受理、答复、转交、升级、办结', url: '/staff/needs/inbox/index' },
  { key: 'staff-visits', title: '商户走访', description: '按网格列出最久没走访的店，一点就记走访和服务三问', url: '/staff/visits/round/index' },
  { key: 'staff-shops', title: '商户名录', description: '商户档案、现任和历任联系人', url: '/staff/shops/list/index' },
  { key: 'staff-dashboard', title: '数据看板', description: '走访覆盖、诉求办理、活动与项目汇总', url: '/staff/dashboard/index/index' },
)

staffEntries.push(
  { key: 'staff-trends', title: '趋势图表', description: '每周走访、诉求新提交与办结、活动参与的变化', url: '/staff/dashboard/trends/index' },
  { key: 'staff-ledger', title: '月度台账', description: '一键导出某月台账（Excel）：走访、诉求、活动、公益项目', url: '/staff/dashboard/ledger/index' },
)

staffEntries.push(
  { key: 'staff-resources', title: '资源管理', description: '服务资源包与行动工具包的条目', url: '/staff/resources/manage/index' },
  { key: 'staff-positions', title: '阵地管理', description: '党群阵地：地址、开放时间、特色活动', url: '/staff/positions/manage/index' },
  { key: 'staff-notices', title: '公告与应急', description: '发布公告、台风预警，管理避难点和临时存放点', url: '/staff/notices/manage/index' },
  { key: 'staff-badges', title: '工作牌管理', description: '发放、注销工作牌', url: '/staff/badges/manage/index' },
)

staffEntries.push(
  { key: 'project-manage', title: '项目管理', description: '新建、编辑公益项目：名额、周期、受益人群', url: '/staff/projects/manage/index' },
  { key: 'claim-review', title: '认领审核', description: '通过或驳回店家的认领，查看履约', url: '/staff/projects/review/index' },
)

staffEntries.push({
  key: 'staff-teams',
  title: '志愿队管理',
  description: '志愿队活动的发布与编辑，考勤查看，志愿时长补登与更正',
  url: '/staff/teams/manage/index',
})

staffEntries.push({
  key: 'staff-user-roles',
  title: '人员与身份',
  description: '扫对方的身份码，开通或撤销网格员、商户、街道管理员身份',
  url: '/staff/users/roles/index',
  roles: ADMIN_ROLES,
})

staffEntries.push({
  key: 'staff-posters',
  title: '海报与小程序码',
  description: '活动、公益项目海报和“扫码找最近的驿站”橱窗贴，扫码直达页面',
  url: '/staff/posters/make/index',
})

staffEntries.push({
  key: 'staff-stations',
  title: '驿站管理',
  description: '新增、编辑驿站，暂停开放与恢复，开放时间与节假日；管理员可批量导入名单',
  url: '/staff/stations/manage/index',
})

staffEntries.push(
  { key: 'staff-org', title: '组织架构', description: '街道、街区和网格：新建街区、增减网格、设置街区中心', url: '/staff/org/manage/index', roles: ['admin'] },
  { key: 'staff-org-dashboard', title: '街道看板', description: '按街区看走访覆盖、诉求哨级与状态、活动，街道合计', url: '/staff/org/dashboard/index' },
)
