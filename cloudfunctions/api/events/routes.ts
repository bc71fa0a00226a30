// The three walking routes of 特色行走党课 (DOMAIN.md): ordered waypoints with a short story each. An event copies
// its route when staff save it, so a later edit of this library never rewrites a lesson already announced.
import type { Waypoint } from '@/types/events'
import { WALKING_ROUTE_LABELS, type WalkingRoute } from '@/types/events.vocab'

const LIBRARY: Record<WalkingRoute, Waypoint[]> = {
  renwen: [
    { name: '新华路街区党群服务站', lat: 31.2049, lng: 121.4251, story: '集合点。街区党支部在这里把商户、居民和骑手的需求变成共享资源。' },
    { name: '新华路外国弄堂', lat: 31.2041, lng: 121.4226, story: '上世纪二三十年代的花园住宅群，梧桐与老洋房见证了新华路的百年变迁。' },
    { name: '上海影城', lat: 31.2052, lng: 121.4318, story: '上海国际电影节的主会场，新华路的文化名片。' },
    { name: '番禺路幸福里', lat: 31.2009, lng: 121.4329, story: '老厂房更新为街区共享空间，新兴领域青年在这里创业、交流。' },
  ],
  governance: [
    { name: '新华社区党群服务站', lat: 31.2034, lng: 121.4183, story: '集合点。了解“三把哨子”：快发快处、联勤联动、统筹指挥。' },
    { name: '法华镇路爱心接力站', lat: 31.2005, lng: 121.4205, story: '夜间接力站由商户与街道共建，回应骑手“夜里找不到歇脚处”的难题。' },
    { name: '定西路工会驿站', lat: 31.2098, lng: 121.4268, story: '微网格走访“十必访、十必记、五必报”的起点之一。' },
  ],
  glory: [
    { name: '新华路红色驿站', lat: 31.2049, lng: 121.4251, story: '集合点。红色驿站 24 小时开放，是街区党建服务新兴领域的窗口。' },
    { name: '中山公园', lat: 31.2183, lng: 121.4208, story: '沿长宁路北行，回顾长宁区党组织在城市发展中的足迹。' },
    { name: '延安西路楼宇驿站', lat: 31.2119, lng: 121.4296, story: '楼宇党建：把党群服务送进写字楼，服务新兴领域从业者。' },
  ],
}

export function walkingRoute(key: WalkingRoute): { key: WalkingRoute; name: string; waypoints: Waypoint[] } {
  return { key, name: WALKING_ROUTE_LABELS[key], waypoints: LIBRARY[key].map((w) => ({ ...w })) }
}
