// The demo block's party-mass service positions (党群阵地), the contact card's answers.
import type { PositionDoc } from '../cloudfunctions/api/positions/positionDoc'

const position = (_id: string, name: string, address: string, [lat, lng]: [number, number], hours: string, phone: string, featured: string[]) =>
  ({ _id, name, address, location: { type: 'Point', coordinates: [lng, lat] }, hours, phone, featured }) as Omit<PositionDoc, 'updatedAt'>

const positions = [
  position('pos-xinhua-01', '新华路街道党群服务中心', '长宁区新华路 593 弄 1 号', [31.2036, 121.4186], '周一至周六 09:00–17:00', '021-62800101', [
    '特色行走党课',
    '新域夜校',
    '党员报到',
  ]),
  position('pos-xinhua-02', '番禺路街区党群服务站', '长宁区番禺路 381 号幸福里 2 楼', [31.2013, 121.4327], '每天 10:00–20:00', '021-62800111', [
    '幸福加油站',
    '创业工坊',
    '骑手暖心补给',
  ]),
  position('pos-xinhua-03', '定西路楼宇党群服务站', '长宁区定西路 1100 号 3 楼', [31.2096, 121.4266], '周一至周五 09:00–18:00', '021-62800121', [
    '午间微党课',
    '白领公益集市',
  ]),
]

export function demoPositions(now: Date): PositionDoc[] {
  return positions.map((p) => ({ ...p, updatedAt: now }))
}
