// What 暖新街区 collects and why — the text of the privacy guide. Keep it in step with database/collections.json
// (`personal`), app.config's requiredPrivateInfos and the MP console's 用户隐私保护指引 (PRIVACY_APIS below;
// test/privacy/privacyApis.test.ts scans the weapp build and fails when a privacy API it calls is missing here).

/**
 * Every WeChat privacy API the app calls, with the item of the MP console's 用户隐私保护指引 it must be declared
 * under (WeChat: https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html —
 * an undeclared one fails with errno 112 "api scope is not declared in the privacy agreement") and why we use it.
 */
export const PRIVACY_APIS = [
  { api: 'getLocation', item: '位置信息', purpose: '查找离你最近的驿站和党群阵地（联系卡），只用于当次排序' },
  { api: 'chooseLocation', item: '选择的位置信息', purpose: '换个位置找驿站；工作人员在地图上选活动地点和店铺位置' },
  { api: 'chooseMedia', item: '选中的照片或视频信息', purpose: '上传诉求、履约记录、走访和工作牌的照片（相册或拍照）' },
  { api: 'chooseMessageFile', item: '选中的文件', purpose: '管理员从聊天中选择驿站、阵地名单（CSV/XLSX）批量导入' },
  { api: 'setClipboardData', item: '剪切板', purpose: '复制身份码、联系方式、数据导出链接和统计表' },
  { api: 'scanCode', item: '摄像头', purpose: '扫码签到、核验工作牌、扫身份码添加人员' },
  { api: 'addPhoneCalendar', item: '日历（仅写入）权限', purpose: '把你报名的活动加入手机日历（点“加入日历”时）' },
  { api: 'saveImageToPhotosAlbum', item: '相册（仅写入）权限', purpose: '工作人员把活动、项目和驿站海报保存到手机相册' },
] as const

export type PrivacyApi = (typeof PRIVACY_APIS)[number]['api']

export interface CollectedItem {
  what: string
  why: string
  kept: string
}

export const COLLECTED: CollectedItem[] = [
  { what: '微信身份标识（openid）', why: '识别你是谁，记住你的报名、收藏和诉求', kept: '直到你在“我的数据”中删除' },
  { what: '你选择或被授予的身份（居民、骑手、商户、网格员）', why: '决定你能看到和使用哪些功能', kept: '直到你删除或被撤销' },
  { what: '位置（仅在查找驿站和党群阵地时）', why: '按距离排列附近的驿站、好店家和党群阵地（联系卡）', kept: '不保存：只用于当次排序' },
  { what: '你在地图上选择的位置', why: '换个位置查找驿站；工作人员选择活动地点和店铺位置', kept: '查找时不保存；活动和店铺的位置随记录保存' },
  { what: '活动报名信息（姓名、电话等活动要求的项目）', why: '组织活动、签到和必要时联系你', kept: '活动结束后保留用于统计；删除数据后只保留匿名人数' },
  { what: '店铺负责人身份与店铺信息', why: '认领公益项目、记录履约、提交诉求时代表你的店铺', kept: '店铺记录长期保留；你的身份在删除或离任后移除' },
  { what: '诉求内容、照片和地点', why: '转交网格员和街道处理，并告诉你处理进度', kept: '删除数据后诉求保留用于统计，但不再关联到你' },
  { what: '你选中的照片（履约记录、诉求、走访、工作牌；来自相册或拍照）', why: '你主动上传，用于展示或处理', kept: '随相关记录保留或删除' },
  { what: '剪切板（只写入，不读取）', why: '你点“复制”时放入身份码、联系方式、导出链接或统计表', kept: '不保存：我们从不读取你的剪切板' },
  { what: '日历（仅写入，点“加入日历”时）', why: '把活动的时间地点写进你的手机日历', kept: '不读取你的日历' },
  { what: '相册（仅写入，保存海报时）', why: '工作人员把生成的海报保存到手机相册', kept: '不读取你的相册' },
  { what: '摄像头（扫码时）', why: '扫码签到、核验工作牌、添加人员', kept: '不保存画面，只读取二维码内容' },
  { what: '订阅消息授权', why: '在你同意的一次性消息中提醒活动和诉求进度', kept: '每次授权只用一次' },
  {
    what: '手机上暂存的最近一次结果（你自己的报名和签到码、工作牌、诉求、收藏，以及公开的驿站、活动、资源包）',
    why: '没有信号时也能出示签到码、查看驿站，并注明是多久前的数据；不含他人的个人信息',
    kept: '只在你的手机里，最多约 40 条，旧的自动清除；删除数据时一并清除',
  },
  { what: '网格员查看个人信息的记录', why: '任何工作人员查看完整电话等信息都会留痕，便于监督', kept: '长期保留' },
]

export const NOT_COLLECTED = [
  '我们不保存你的位置轨迹。',
  '我们不做任何个人排名或打卡考核。',
  '党员身份等敏感回答只在工作人员的汇总统计中出现，不对外导出到个人。',
]
