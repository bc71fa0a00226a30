import type { PosterView } from '@/types/posters'
import { shanghaiTime } from '@/types/text'
import type { EventDoc } from '../events/eventDoc'
import type { ProjectDoc } from '../projects/projectDoc'

/** What a poster says, without its code: pure, from the stored record (times in Shanghai time). */
export type PosterText = Pick<PosterView, 'headline' | 'title' | 'lines' | 'callToAction'>

export function eventPosterText(event: Pick<EventDoc, 'title' | 'startAt' | 'endAt' | 'place' | 'capacity' | 'seatsTaken'>): PosterText {
  const start = shanghaiTime(event.startAt)
  const end = shanghaiTime(event.endAt)
  const sameDay = start.slice(0, 10) === end.slice(0, 10)
  const seatsLeft = Math.max(0, event.capacity - event.seatsTaken)
  return {
    headline: '街区活动',
    title: event.title,
    lines: [
      `时间：${start} – ${sameDay ? end.slice(11) : end}`,
      `地点：${event.place.name}（${event.place.address}）`,
      seatsLeft > 0 ? `名额：共 ${event.capacity} 个，剩余 ${seatsLeft} 个` : `名额：共 ${event.capacity} 个，已满（可候补）`,
    ],
    callToAction: '微信扫码查看并报名',
  }
}

export function projectPosterText(project: Pick<ProjectDoc, 'name' | 'summary' | 'startsOn' | 'endsOn' | 'quota'>): PosterText {
  return {
    headline: '暖新公益项目',
    title: project.name,
    lines: [project.summary, `时间：${project.startsOn} 至 ${project.endsOn}`, `招募商户：${project.quota} 家`],
    callToAction: '商户微信扫码认领',
  }
}

export function stationsPosterText(): PosterText {
  return {
    headline: '红色驿站',
    title: '扫码找最近的驿站',
    lines: ['快递、外卖小哥和户外劳动者：喝水、充电、歇脚、用卫生间', '营业中的驿站按距离排好，一键导航'],
    callToAction: '微信扫一扫',
  }
}

/** A block's QR code (issue 16): scanning it sets the person's home block, with their confirmation. */
export function blockPosterText(block: { name: string; branch: string }, streetName: string | null): PosterText {
  return {
    headline: '我的街区',
    title: block.name,
    lines: [streetName ? `${streetName} · ${block.branch}` : block.branch, '扫码把这里设为我的街区，看本街区和全街道的活动、公告'],
    callToAction: '微信扫码，设为我的街区',
  }
}
