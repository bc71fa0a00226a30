// The demo block's red rest stations (红色驿站): around 长宁 新华路 and 宝山 友谊路.
import type { OpeningHours } from '../types/stations'
import type { StationFields } from '../cloudfunctions/api/stations/stationDoc'
import type { Amenity } from '../types/stations.vocab'

const ALWAYS: OpeningHours = { always: true, periods: [] }
const daily = (open: string, close: string): OpeningHours => ({ periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open, close }] })
const weekdays = (open: string, close: string, weekend?: [string, string]): OpeningHours => ({
  periods: [{ days: [1, 2, 3, 4, 5], open, close }, ...(weekend ? [{ days: [0, 6], open: weekend[0], close: weekend[1] }] : [])],
})

const KIT_6: Amenity[] = ['aircon', 'fridge', 'microwave', 'water', 'charging', 'seating']

function station(
  id: string,
  name: string,
  address: string,
  [lat, lng]: [number, number],
  hours: OpeningHours,
  amenities: Amenity[],
  phone: string | null,
  description: string,
): StationFields {
  return { _id: id, kind: 'station', name, address, location: { type: 'Point', coordinates: [lng, lat] }, hours, amenities, phone, description }
}

export const demoStations: StationFields[] = [
  station(
    'st-xinhua-01',
    '新华路红色驿站',
    '长宁区新华路 211 号',
    [31.2049, 121.4251],
    ALWAYS,
    [...KIT_6, 'toilet', 'firstaid', 'umbrella', 'wifi'],
    '021-62801234',
    '街区党支部驿站，24 小时开放，夜班骑手可在此歇脚充电。',
  ),
  station(
    'st-xinhua-02',
    '番禺路骑手加油站',
    '长宁区番禺路 390 号',
    [31.2021, 121.4312],
    daily('07:00', '22:00'),
    [...KIT_6, 'umbrella'],
    '021-62805678',
    '与街边咖啡店共建，14:00–17:00 可领一杯免费咖啡。',
  ),
  station(
    'st-xinhua-03',
    '定西路工会驿站',
    '长宁区定西路 1100 号',
    [31.2098, 121.4268],
    weekdays('08:30', '20:00', ['09:00', '17:00']),
    ['aircon', 'water', 'charging', 'seating', 'toilet', 'reading'],
    '021-62809012',
    '街道总工会驿站，提供午休桌椅与阅读角。',
  ),
  station(
    'st-xinhua-04',
    '法华镇路爱心接力站',
    '长宁区法华镇路 525 号',
    [31.2005, 121.4205],
    { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '18:00', close: '06:00' }] },
    ['microwave', 'water', 'charging', 'seating', 'firstaid'],
    '021-62803456',
    '夜间接力站：傍晚 6 点开门，次日清晨 6 点关门。',
  ),
  station(
    'st-xinhua-05',
    '延安西路楼宇驿站',
    '长宁区延安西路 1088 号 1 楼',
    [31.2119, 121.4296],
    weekdays('09:00', '18:00'),
    [...KIT_6, 'toilet', 'wifi'],
    '021-62807890',
    '写字楼大堂一侧，工作日开放。',
  ),
  station(
    'st-xinhua-06',
    '新华社区党群服务站',
    '长宁区新华路 593 弄',
    [31.2034, 121.4183],
    daily('08:00', '20:00'),
    [...KIT_6, 'toilet', 'firstaid', 'reading'],
    '021-62811122',
    '社区党群服务站，配急救箱与借阅书架。',
  ),
  station(
    'st-xinhua-07',
    '幸福里便民驿站',
    '长宁区番禺路 381 号幸福里',
    [31.2009, 121.4329],
    daily('10:00', '22:00'),
    ['water', 'charging', 'seating', 'umbrella', 'wifi'],
    null,
    '商圈共建点位，雨天可借伞。',
  ),
  station(
    'st-xinhua-08',
    '凯旋路快递驿站',
    '长宁区凯旋路 1200 号',
    [31.2078, 121.4165],
    ALWAYS,
    ['water', 'charging', 'seating', 'toilet'],
    '021-62813344',
    '快递网点旁，24 小时可充电歇脚。',
  ),
  station(
    'st-xinhua-09',
    '中山公园骑手之家',
    '长宁区长宁路 780 号',
    [31.2183, 121.4208],
    daily('07:30', '21:30'),
    [...KIT_6, 'toilet', 'firstaid', 'umbrella', 'reading', 'wifi'],
    '021-62815566',
    '骑手之家，设有休息室与应急药品。',
  ),
  station(
    'st-xinhua-10',
    '华山路暖心驿站',
    '长宁区华山路 1520 号',
    [31.2042, 121.4362],
    weekdays('08:00', '19:00', ['10:00', '16:00']),
    ['aircon', 'water', 'seating', 'toilet'],
    null,
    '社区卫生服务中心旁，周末缩短开放时间。',
  ),
  station(
    'st-youyi-01',
    '友谊路红色驿站',
    '宝山区友谊路 1588 号',
    [31.4048, 121.4897],
    ALWAYS,
    [...KIT_6, 'toilet', 'firstaid', 'umbrella'],
    '021-56601234',
    '友谊路街道旗舰驿站，24 小时开放。',
  ),
  station(
    'st-youyi-02',
    '宝山万达骑手驿站',
    '宝山区一二八纪念路 988 号',
    [31.4012, 121.4831],
    daily('09:00', '22:00'),
    [...KIT_6, 'wifi'],
    '021-56605678',
    '商场地下一层，骑手取餐间隙可休息。',
  ),
  station(
    'st-youyi-03',
    '密山路工会驿站',
    '宝山区密山路 5 号',
    [31.4089, 121.4952],
    weekdays('08:30', '17:30'),
    ['aircon', 'water', 'charging', 'seating', 'reading'],
    '021-56609012',
    '工作日开放的工会驿站。',
  ),
  station(
    'st-youyi-04',
    '牡丹江路爱心驿站',
    '宝山区牡丹江路 1325 号',
    [31.4021, 121.4934],
    daily('06:00', '23:00'),
    ['microwave', 'water', 'charging', 'seating', 'toilet', 'umbrella'],
    null,
    '早六点到晚十一点，雨伞可借可还。',
  ),
]
