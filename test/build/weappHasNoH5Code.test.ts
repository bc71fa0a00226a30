// Issue 15 item 4: platform differences live in Taro's per-platform files (x.ts weapp, x.h5.ts h5), and the weapp
// build must not carry the h5 build's code. Each needle below is text that only an h5 file (or what only h5 files
// import) holds; none may reach dist/.
import { assertWeappBuilt, distFiles, readDistJs } from './weappDist'

const H5_ONLY = [
  ['the local cloud endpoint (src/shared/api/transport.h5.ts)', '/fn/api'],
  ['the local storage upload (src/shared/api/putFile.h5.ts)', '/_local/storage/upload-from-client'],
  ['the local subscriptions (src/shared/api/subscribe.h5.ts)', '/_local/subscriptions'],
  ['the debug identity switcher (src/features/me/components/LocalIdentitySwitcher.tsx)', '仅本地调试版本有此选项'],
  ['the paste-instead-of-scan boxes (CodeReader.h5, SiteCheckin.h5, AttendeeCheckin.h5, PersonCodeReader.h5)', '本地调试'],
  ['the typed coordinates (src/shared/location/PlacePick.h5.tsx)', '网页版不能在地图上选点'],
  ['the web map (src/shared/platform/openMap.h5.ts)', 'uri.amap.com'],
  ['the web map button words (openMap.h5.ts)', '在地图中查看'],
  ['the .ics download (src/features/events/calendar/phoneCalendar.h5.ts)', 'text/calendar'],
  ['the poster download (src/features/posters/PosterPreview.h5.tsx)', '下载海报'],
] as const

beforeAll(assertWeappBuilt)

it.each(H5_ONLY)('the weapp build holds no %s', (_what, needle) => {
  const holders = distFiles('.js').filter((file) => readDistJs(file).includes(needle))
  expect(holders).toEqual([])
})
