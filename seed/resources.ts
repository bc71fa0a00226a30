// The service resource pack (服务资源包) and the action toolkit (行动工具包) of the demo block.
import type { ResourceDoc } from '../cloudfunctions/api/resources/resourceDoc'
import type { ResourceKind } from '../types/resources.vocab'

type Entry = Omit<ResourceDoc, 'updatedAt' | 'contactName' | 'phone' | 'address' | 'hours' | 'link' | 'steps'> &
  Partial<Pick<ResourceDoc, 'contactName' | 'phone' | 'address' | 'hours' | 'link' | 'steps'>>

const entry = (_id: string, category: ResourceKind, title: string, summary: string, more: Partial<Entry> = {}): Entry => ({
  _id,
  category,
  title,
  summary,
  ...more,
})

const entries: Entry[] = [
  entry('res-party-01', 'party', '新华路街道党群服务中心', '流动党员组织关系接转、党员报到、党群活动场地预约。', {
    contactName: '党群服务中心前台',
    phone: '021-62800101',
    address: '长宁区新华路 593 弄 1 号',
    hours: '周一至周六 09:00–17:00',
  }),
  entry('res-party-02', 'party', '街区党支部书记接待日', '每周三下午书记接待商户，面对面听诉求、对接资源。', {
    contactName: '街区党支部',
    phone: '021-62800102',
    address: '新华路红色驿站二楼',
    hours: '周三 14:00–17:00',
  }),
  entry('res-gov-01', 'government', '街道社区事务受理服务中心', '公司注册、营业执照变更、个体工商户登记，一窗受理。', {
    contactName: '事务受理中心',
    phone: '021-62800201',
    address: '长宁区法华镇路 301 号',
    hours: '周一至周五 09:00–17:00，周六上午',
    link: 'https://zwdt.sh.gov.cn',
  }),
  entry('res-gov-02', 'government', '市场监管所食品经营许可咨询', '餐饮商户办理、延续食品经营许可证，门头招牌备案咨询。', {
    contactName: '新华市场监管所',
    phone: '021-62800202',
    address: '长宁区番禺路 200 号',
    hours: '工作日 09:00–16:30',
  }),
  entry('res-hire-01', 'hiring', '街道总工会招聘对接', '帮商户发布招聘信息、对接求职者，一家咖啡店就是通过这里招到了店员。', {
    contactName: '街道总工会',
    phone: '021-62800301',
    address: '长宁区定西路 1100 号',
    hours: '工作日 09:00–17:00',
  }),
  entry('res-hire-02', 'hiring', '社区就业服务站', '就业困难人员推荐、用工补贴申领、职业技能培训报名（人才招聘咨询）。', {
    contactName: '就业服务站',
    phone: '021-62800302',
    address: '长宁区新华路 211 号',
    hours: '周一至周五 09:00–17:00',
  }),
  entry('res-fin-01', 'finance', '小微企业融资服务窗口', '创业担保贷款、贴息政策、银行信贷产品一站对接。', {
    contactName: '区融资服务中心',
    phone: '021-62800401',
    address: '长宁区延安西路 1088 号 5 楼',
    hours: '工作日 09:00–17:00',
  }),
  entry('res-fin-02', 'finance', '普惠金融顾问进街区', '银行顾问每月驻点，帮商户梳理流水、选择合适的经营贷款。', {
    contactName: '普惠金融顾问',
    phone: '021-62800402',
    hours: '每月第二个周四下午',
  }),
  entry('res-fire-01', 'fire', '消防安全上门检查预约', '消防救援站免费上门查隐患：灭火器、电线、疏散通道。', {
    contactName: '新华路消防救援站',
    phone: '021-62800501',
    address: '长宁区凯旋路 1200 号',
    hours: '每天 08:00–20:00',
  }),
  entry('res-fire-02', 'fire', '台风季店招加固指引', '台风来临前检查招牌、雨棚、空调外机，附加固步骤与报修电话。', {
    contactName: '街道城运中心',
    phone: '021-62800502',
    link: 'https://www.shanghai.gov.cn',
  }),
  entry('res-culture-01', 'culture', '人文新华行走党课', '沿新华路、番禺路的人文建筑与名人故居，讲解员带队。', {
    contactName: '街道文化站',
    phone: '021-62800601',
    address: '新华路红色驿站集合',
    hours: '周六 09:30',
  }),
  entry('res-culture-02', 'culture', '新域夜校文化艺术课', '书法、摄影、沪语课，商户员工可免费报名。', {
    contactName: '新域夜校',
    phone: '021-62800602',
    address: '长宁区新华路 593 弄社区文化中心',
    hours: '周二、周四 19:00–21:00',
  }),
  entry('res-kit-01', 'toolkit', '加入“十个一”暖新项目', '商户认领一杯咖啡、一把雨伞等公益项目的步骤。', {
    steps: [
      '在“服务”里打开公益项目，挑一个适合本店的项目',
      '点“认领”，填写能提供的份数和时间',
      '网格员上门确认并挂上“新域好店家”标识',
      '按约定提供服务，在小程序里登记完成情况',
    ],
  }),
  entry('res-kit-02', 'toolkit', '台风来临前商户行动清单', '贝碧嘉、普拉桑来袭时商户做的事，照着做一遍。', {
    steps: [
      '收起门口可移动招牌和货架',
      '检查招牌、雨棚是否牢固，发现松动拨打城运中心电话',
      '记下最近的临时避难点，告诉店员和骑手',
      '可提供临时存放点的商户，在小程序里告诉网格员',
    ],
  }),
  entry('res-kit-03', 'toolkit', '成为骑手暖心补给点', '为快递、外卖小哥提供饮水、充电、借伞。', {
    steps: ['联系网格员登记补给内容和开放时间', '领取“暖新”门贴并张贴在显眼处', '骑手到店时按登记内容提供帮助'],
  }),
]

export function demoResources(now: Date): ResourceDoc[] {
  return entries.map((e) => ({
    contactName: null,
    phone: null,
    address: null,
    hours: null,
    link: null,
    steps: [],
    ...e,
    updatedAt: now,
  }))
}
