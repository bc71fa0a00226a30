// The block's street-front shops (新华路 / 番禺路 / 法华镇路), across three grids. demo-merchant runs the first.
import type { ShopDoc } from '../cloudfunctions/api/shops/shopDoc'
import type { Grid, ShopCategory, ShopTag } from '../types/shops.vocab'

type Row = [id: string, name: string, address: string, lat: number, lng: number, category: ShopCategory, grid: Grid, tags: ShopTag[]]

const rows: Row[] = [
  ['shop-01', '新华咖啡', '新华路 205 号', 31.2051, 121.4262, 'catering', 'grid-1', ['distinctive']],
  ['shop-02', '番禺路面馆', '番禺路 402 号', 31.2018, 121.4309, 'catering', 'grid-2', []],
  ['shop-03', '梧桐书店', '新华路 340 号', 31.2046, 121.4232, 'culture', 'grid-1', ['distinctive']],
  ['shop-04', '弄堂花店', '法华镇路 510 号', 31.2008, 121.4212, 'retail', 'grid-3', ['new']],
  ['shop-05', '邻里便利店', '定西路 1088 号', 31.2094, 121.4262, 'retail', 'grid-1', []],
  ['shop-06', '乐声琴行', '番禺路 388 号', 31.2024, 121.4318, 'education', 'grid-2', ['distinctive']],
  ['shop-07', '老周修鞋铺', '法华镇路 488 号', 31.2011, 121.4221, 'service', 'grid-3', ['difficulty']],
  ['shop-08', '新华烘焙坊', '新华路 268 号', 31.2049, 121.4247, 'catering', 'grid-1', ['new']],
  ['shop-09', '街角理发', '番禺路 360 号', 31.2029, 121.4321, 'service', 'grid-2', []],
  ['shop-10', '康宁药房', '延安西路 1100 号', 31.2116, 121.4291, 'health', 'grid-1', []],
  ['shop-11', '拾光照相馆', '新华路 455 号', 31.2041, 121.4205, 'culture', 'grid-3', ['distinctive']],
  ['shop-12', '小满茶饮', '番禺路 415 号', 31.2013, 121.4312, 'catering', 'grid-2', ['new']],
  ['shop-13', '阿婆馄饨', '法华镇路 532 号', 31.2004, 121.4199, 'catering', 'grid-3', ['difficulty']],
  ['shop-14', '启明少儿美术', '定西路 1150 号', 31.2102, 121.4271, 'education', 'grid-1', []],
  ['shop-15', '旧物新生', '番禺路 430 号', 31.2008, 121.4306, 'retail', 'grid-2', ['distinctive']],
  ['shop-16', '仁心口腔', '凯旋路 1180 号', 31.2072, 121.4171, 'health', 'grid-3', []],
  ['shop-17', '新华洗衣', '新华路 512 号', 31.2037, 121.4192, 'service', 'grid-3', []],
  ['shop-18', '沪上小馆', '定西路 1020 号', 31.2087, 121.4259, 'catering', 'grid-1', ['difficulty']],
  ['shop-19', '一隅花艺', '番禺路 370 号', 31.2027, 121.4325, 'retail', 'grid-2', ['new']],
  ['shop-20', '光影放映室', '新华路 380 号', 31.2045, 121.4224, 'culture', 'grid-1', ['distinctive']],
  ['shop-21', '骑手修车铺', '凯旋路 1210 号', 31.208, 121.4162, 'service', 'grid-3', []],
  ['shop-22', '暖阳社区食堂', '法华镇路 540 号', 31.2002, 121.4195, 'catering', 'grid-3', []],
  ['shop-23', '知行英语', '延安西路 1066 号', 31.2121, 121.43, 'education', 'grid-1', ['new']],
  ['shop-24', '番禺路五金', '番禺路 452 号', 31.2003, 121.4301, 'retail', 'grid-2', ['difficulty']],
  ['shop-25', '青禾瑜伽', '华山路 1500 号', 31.204, 121.4355, 'health', 'grid-2', []],
  ['shop-26', '百味杂货', '定西路 1130 号', 31.2099, 121.4266, 'retail', 'grid-1', []],
  ['shop-27', '弄里咖啡', '番禺路 381 号', 31.201, 121.4328, 'catering', 'grid-2', ['distinctive']],
  ['shop-28', '晨光文具', '新华路 590 号', 31.2035, 121.4185, 'retail', 'grid-3', []],
  ['shop-29', '同心家政', '凯旋路 1230 号', 31.2083, 121.4158, 'service', 'grid-3', ['new']],
  ['shop-30', '新华书法社', '新华路 620 号', 31.2032, 121.418, 'culture', 'grid-3', []],
]

const SEEDED_AT = new Date('2026-09-01T09:00:00+08:00')

export const demoShops: ShopDoc[] = rows.map(([id, name, address, lat, lng, category, grid, tags]) => {
  const managers = id === 'shop-01' ? [{ openid: 'demo-merchant', since: SEEDED_AT }] : []
  return {
    _id: id,
    name,
    address: `长宁区${address}`,
    location: { type: 'Point', coordinates: [lng, lat] },
    category,
    grid,
    tags,
    managers,
    managerOpenids: managers.map((m) => m.openid),
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }
})

export const demoShopManagers = [{ _id: `shop-01:demo-merchant:${SEEDED_AT.getTime()}`, shopId: 'shop-01', openid: 'demo-merchant', from: SEEDED_AT, to: null }]
