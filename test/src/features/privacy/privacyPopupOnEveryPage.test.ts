// Every page that can reach a privacy API (directly or through the modules it imports) renders <PrivacyPopup />:
// WeChat then asks through onNeedPrivacyAuthorization, and without a popup on the page nobody answers it.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { PRIVACY_APIS } from '@/src/features/privacy/collected'
import { ALL_PAGES } from '@/test/helpers/appConfig'

const SRC = join(__dirname, '..', '..', '..', '..', 'src')
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]))
const sources = walk(SRC).filter((f) => /\.tsx?$/.test(f))
const code = new Map(sources.map((f) => [f, readFileSync(f, 'utf8')]))

// `@/…` is the repository root (tsconfig.json paths). Only the default files are followed: x.h5.ts is the h5 build's,
// where WeChat's privacy APIs do not exist.
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(SRC, '..', spec.slice(2)) : resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (code.has(candidate)) return candidate
  }
  return null
}
const importsOf = (file: string): string[] =>
  [...(code.get(file) ?? '').matchAll(/(?:from|import)\s+'((?:\.|@\/)[^']+)'/g)].map((m) => resolveImport(file, m[1])).filter((f): f is string => !!f)

const apiCall = new RegExp(`\\b(?:Taro|wx)\\.(${PRIVACY_APIS.map((e) => e.api).join('|')})\\(`)
const callsDirectly = (file: string) => apiCall.test(code.get(file) ?? '')

/** The privacy-API-calling modules a file reaches through its imports (itself included). */
function reaches(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return []
  seen.add(file)
  return [...(callsDirectly(file) ? [file] : []), ...importsOf(file).flatMap((f) => reaches(f, seen))]
}

const pagesReaching = ALL_PAGES.map((page) => ({ page, file: join(SRC, `${page}.tsx`) }))
  .map(({ page, file }) => ({ page, file, callers: reaches(file).map((f) => relative(SRC, f)) }))
  .filter((p) => p.callers.length > 0)

it('finds the pages that reach for location, photos, the camera or the clipboard', () => {
  const pages = pagesReaching.map((p) => p.page)
  expect(pages).toEqual(
    expect.arrayContaining(['features/stations/pages/list/index', 'features/positions/subpages/nearby/index', 'features/users/subpages/idcode/index']),
  )
})

it.each(pagesReaching.map((p) => [p.page, p.callers.join(', '), p.file]))('%s (through %s) renders <PrivacyPopup />', (_page, _callers, file) => {
  expect(code.get(file as string)).toContain('<PrivacyPopup />')
})
