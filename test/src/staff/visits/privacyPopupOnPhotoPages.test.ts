// WeChat asks for the privacy guide before photos or a map pick: the page that reaches for them must render the popup.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..', '..', '..', 'src', 'staff')
const PAGES = ['visits/log', 'shops/edit', 'stations/edit', 'stations/import', 'positions/manage', 'notices/manage']
const source = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'))
    .join('\n')

it.each(PAGES)('%s reaches for photos or a location and renders <PrivacyPopup />', (dir) => {
  const code = source(dir)
  expect(code).toMatch(
    /choosePhotos|chooseLocation|chooseMedia|chooseMessageFile|<VisitPhotos|<LocationPicker|<StationPhotos|pickImportFile|<ShopPosition|<ShelterManager/,
  )
  expect(readFileSync(join(ROOT, dir, 'index.tsx'), 'utf8')).toContain('<PrivacyPopup />')
})
