// The words a person sees for each input field, so an error names the field as the form does
// ("开始时间：时间格式不对"), never by its schema key. `FIELD_LABELS` covers every key of every action's
// input (test/types/labels.test.ts walks the contract); `ACTION_LABELS` overrides a key where one
// action's form calls it something else.
import type { ActionName } from './actions'

export const FIELD_LABELS: Record<string, string> = {
  activityId: '活动', address: '地址', amenities: '设施', answers: '服务三问', apis: '云调用接口', assigneeOpenid: '转交对象',
  audience: '面向人群', beneficiary: '受益人群', body: '内容', cancelDeadline: '取消截止时间', capacity: '名额',
  category: '类别', checkInAt: '签到时间', checkOutAt: '签退时间', childcareNeeded: '子女假期照看', childcareNote: '照看情况',
  claimId: '认领', code: '二维码', comment: '评价', commitment: '承诺内容', confirm: '确认', contact: '联系人', contactName: '联系人',
  date: '日期', decision: '审核结果', description: '描述', difficulties: '经营困难', endAt: '结束时间', endsAt: '结束时间',
  endsOn: '结束日期', eventId: '活动', expiresAt: '下线时间', favourite: '收藏', featured: '特色活动', fields: '所需字段',
  form: '报名表', formFields: '报名表', from: '开始日期', given: '提供内容', granted: '授予', grid: '网格', hours: '开放时间',
  id: '编号', includePast: '包含往期', invite: '邀请码', key: '字段编号', kind: '类型', kinds: '类型', label: '名称', lat: '纬度',
  level: '哨级', limit: '条数', link: '链接', lng: '经度', message: '回复内容', mine: '只看我的', name: '名称', needId: '诉求',
  note: '备注', notes: '走访记录', openNow: '只看营业中', openid: '人员', organiser: '组织方', partyMemberCount: '党员人数',
  partyMembers: '有无党员', phone: '电话', photoFileId: '照片', photos: '照片', place: '地点', projectId: '项目',
  projectIds: '项目', publish: '立即发布', q: '搜索词', query: '搜索词', quota: '名额', radiusKm: '范围', radiusM: '范围',
  raiseNeed: '同时提交诉求', reason: '理由', remind: '活动提醒', required: '必填', role: '角色', roles: '身份', route: '路线',
  sessions: '课程安排', shop: '商户', shopId: '商户', signupDeadline: '报名截止时间', signupId: '报名记录', stars: '评分',
  startAt: '开始时间', startsAt: '开始时间', startsOn: '开始日期', stationId: '驿站', status: '状态', steps: '办理步骤',
  summary: '介绍', tag: '标签', tags: '标签', teamId: '志愿队', title: '标题', to: '结束日期', type: '类型',
  validUntil: '有效期', visibility: '公开范围', waitlistEnabled: '允许候补', requestId: '请求编号',
  order: '排序', offset: '翻页位置', district: '所在区', always: '24小时开放', periods: '开放时段', days: '适用日',
  open: '开门时间', close: '关门时间', onPublicHoliday: '法定节假日', onMakeUpWorkday: '调休上班日', expectedReopenOn: '预计恢复日期',
  streetId: '街道', blockId: '街区', gridId: '网格', branch: '街区党支部', centre: '中心位置', boundary: '边界',
  grids: '网格', scope: '工作范围', openToStreet: '面向全街道', streetIds: '街道', blockIds: '街区', gridIds: '网格',
  source: '导入文件', fileID: '导入文件', fileName: '文件名', contentBase64: '文件内容', format: '文件格式', defaultCoordSystem: '坐标系',
  options: '选项', personal: '个人信息', month: '月份', includePersonal: '包含个人信息', weeks: '周数',
}

export const ACTION_LABELS: Partial<Record<ActionName, Record<string, string>>> = {
  'dashboard.ledger': { scope: '范围' },
  'events.create': { title: '活动名称', description: '活动介绍', name: '名称' },
  'events.update': { title: '活动名称', description: '活动介绍', name: '名称' },
  'projects.fulfil': { date: '履约日期' },
  'visits.log': { date: '走访日期', description: '问题描述' },
  'needs.submit': { description: '问题描述' },
  'needs.resolve': { message: '办结说明' },
  'needs.escalate': { reason: '上报原因' },
  'projects.save': { name: '项目名称', summary: '项目介绍' },
  'notices.saveShelter': { name: '避难点名称' },
  'users.grantRole': { level: '范围级别' },
  'badges.issue': { name: '姓名', title: '职务', openid: '持牌人' },
  'hours.certificate': { name: '姓名' },
}

/**
 * The label of a zod issue path for an action: each named part's label, list positions as 第 n 项
 * (`['formFields', 0, 'label']` → `报名表 第 1 项 名称`); '' for the whole input. Unknown keys are left out.
 */
export function labelOfPath(action: string | undefined, path: readonly PropertyKey[]): string {
  const overrides = (action && ACTION_LABELS[action as ActionName]) || {}
  return path
    .map((part) => (typeof part === 'number' ? `第 ${part + 1} 项` : overrides[String(part)] ?? FIELD_LABELS[String(part)] ?? ''))
    .filter(Boolean)
    .join(' ')
}
