// The organisation the local cloud starts with (issue 16, seeds 000–003): 新华路街道 with three blocks (the demo
// block, whose shops and grids the rest of the seed uses, is its 第一街区) and 友谊路街道's 第一街区.
import type { BlockDoc, GridDoc, StreetDoc } from '../cloudfunctions/api/org/orgDocs'

/** The demo block: every seeded record that belongs to a block sits here. */
export const DEMO_BLOCK = { blockId: 'block-xinhua-1', streetId: 'street-xinhua' } as const

const AT = new Date('2026-09-01T09:00:00+08:00')

export const demoStreets: StreetDoc[] = [
  { _id: 'street-xinhua', name: '新华路街道', createdAt: AT, updatedAt: AT },
  { _id: 'street-youyi', name: '友谊路街道', createdAt: AT, updatedAt: AT },
]

type BlockRow = [id: string, streetId: string, name: string, branch: string, lat: number, lng: number, grids: Array<[id: string, name: string]>]

const blockRows: BlockRow[] = [
  [
    'block-xinhua-1',
    'street-xinhua',
    '新华路第一街区',
    '新华路第一街区党支部',
    31.2046,
    121.4247,
    [
      ['grid-1', '第一网格'],
      ['grid-2', '第二网格'],
      ['grid-3', '第三网格'],
    ],
  ],
  [
    'block-xinhua-2',
    'street-xinhua',
    '新华路第二街区',
    '新华路第二街区党支部',
    31.2098,
    121.4365,
    [
      ['grid-xinhua-2-1', '定西路网格'],
      ['grid-xinhua-2-2', '延安西路网格'],
    ],
  ],
  [
    'block-xinhua-3',
    'street-xinhua',
    '新华路第三街区',
    '新华路第三街区党支部',
    31.1985,
    121.4128,
    [
      ['grid-xinhua-3-1', '法华镇路网格'],
      ['grid-xinhua-3-2', '凯旋路网格'],
      ['grid-xinhua-3-3', '幸福路网格'],
    ],
  ],
  [
    'block-youyi-1',
    'street-youyi',
    '友谊路第一街区',
    '友谊路第一街区党支部',
    31.4034,
    121.4867,
    [
      ['grid-youyi-1-1', '第一网格'],
      ['grid-youyi-1-2', '第二网格'],
    ],
  ],
]

export const demoBlocks: BlockDoc[] = blockRows.map(([_id, streetId, name, branch, lat, lng]) => ({
  _id,
  streetId,
  name,
  branch,
  centre: { lat, lng },
  boundary: null,
  createdAt: AT,
  updatedAt: AT,
}))

export const demoGrids: GridDoc[] = blockRows.flatMap(([blockId, streetId, , , , , grids]) =>
  grids.map(([_id, name], order) => ({ _id, blockId, streetId, name, order, retired: false })),
)
