// Amenities as published lists write them ("空调、饮水机、手机充电、卫生间") → the app's amenity codes.
import { AMENITIES, AMENITY_LABELS, type Amenity } from '@/types/stations.vocab'

/** Words lists use for each amenity, besides the app's own label. */
const SYNONYMS: Record<Amenity, string[]> = {
  aircon: ['空调', '冷暖空调'],
  fridge: ['冰箱', '冷藏'],
  microwave: ['微波炉', '热饭', '加热'],
  water: ['饮水', '饮水机', '热水', '开水', '直饮水', '饮用水'],
  charging: ['充电', '手机充电', '充电宝', '充电插座', '电瓶充电'],
  seating: ['桌椅', '座椅', '休息座椅', '休息区', '桌子'],
  toilet: ['卫生间', '厕所', '洗手间', '公厕'],
  firstaid: ['急救箱', '医药箱', '药箱', '应急药品'],
  umbrella: ['借伞', '雨伞', '爱心雨伞'],
  reading: ['阅读', '书报', '图书', '阅读角'],
  wifi: ['wifi', 'wi-fi', '无线网', '无线网络'],
}

const BY_WORD = new Map<string, Amenity>()
for (const amenity of AMENITIES) {
  for (const word of [AMENITY_LABELS[amenity].label, ...SYNONYMS[amenity], amenity]) BY_WORD.set(word.toLowerCase(), amenity)
}

/** Known amenity words, for the error message. */
export const AMENITY_WORDS_HINT = AMENITIES.map((a) => AMENITY_LABELS[a].label).join('、')

/** Splits on 、,，;；/ and spaces; answers the amenities (deduplicated, in the app's order) and the unknown words. */
export function amenitiesFromWords(text: string): { amenities: Amenity[]; unknown: string[] } {
  const words = text
    .normalize('NFKC')
    .split(/[、,，;；/|\s]+/)
    .map((w) => w.trim())
    .filter(Boolean)
  const found = new Set<Amenity>()
  const unknown: string[] = []
  for (const word of words) {
    const amenity = BY_WORD.get(word.toLowerCase())
    if (amenity) found.add(amenity)
    else unknown.push(word)
  }
  return { amenities: AMENITIES.filter((a) => found.has(a)), unknown }
}
