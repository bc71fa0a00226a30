// What 暖新街区 collects and why — the text of the privacy guide. Keep it in step with database/collections.json
// (`personal`) and app.config's requiredPrivateInfos.

export interface CollectedItem {
  what: string
  why: string
  kept: string
}

export const COLLECTED: CollectedItem[] = [
  { what: '微信身份标识（openid）', why: '识别你是谁，记住你的报名、收藏和诉求', kept: '直到你在“我的数据”中删除' },
  { what: '你选择或被授予的身份（居民、骑手、商户、网格员）', why: '决定你能看到和使用哪些功能', kept: '直到你删除或被撤销' },
  { what: '位置（仅在查找驿站时）', why: '按距离排列附近的驿站和好店家', kept: '不保存：只用于当次排序' },
  { what: '活动报名信息（姓名、电话等活动要求的项目）', why: '组织活动、签到和必要时联系你', kept: '活动结束后保留用于统计；删除数据后只保留匿名人数' },
  { what: '店铺负责人身份与店铺信息', why: '认领公益项目、记录履约、提交诉求时代表你的店铺', kept: '店铺记录长期保留；你的身份在删除或离任后移除' },
  { what: '诉求内容、照片和地点', why: '转交网格员和街道处理，并告诉你处理进度', kept: '删除数据后诉求保留用于统计，但不再关联到你' },
  { what: '照片（履约记录、诉求、工作牌）', why: '你主动上传，用于展示或处理', kept: '随相关记录保留或删除' },
  { what: '订阅消息授权', why: '在你同意的一次性消息中提醒活动和诉求进度', kept: '每次授权只用一次' },
  { what: '网格员查看个人信息的记录', why: '任何工作人员查看完整电话等信息都会留痕，便于监督', kept: '长期保留' },
]

export const NOT_COLLECTED = [
  '我们不保存你的位置轨迹。',
  '我们不做任何个人排名或打卡考核。',
  '党员身份等敏感回答只在工作人员的汇总统计中出现，不对外导出到个人。',
]
