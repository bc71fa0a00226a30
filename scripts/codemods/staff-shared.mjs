// Codemod (issue 15): moves the staff UI every staff page shares into src/staff/shared/ and rewrites every import
// of it (relative or `@/…`, in .ts/.tsx/.scss under src/ and test/), and the moved files' own relative imports.
//   StaffGate.tsx, useStaffAction.ts (src/staff/) · Chips.tsx, staff.scss (src/staff/needs/) · ToggleChips.tsx
//   (src/staff/visits/); src/staff/needs/StaffGate.tsx, a re-export kept for old imports, is removed (its importers
//   point at the new file).
// Usage: node scripts/codemods/staff-shared.mjs [--root <dir>] [--dry-run]
// Moves with `git mv` when the root is a git work tree (history follows), else renames. Idempotent: a move whose
// source is gone and target exists is skipped.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'

const args = process.argv.slice(2)
const rootAt = args.indexOf('--root')
const root = resolve(rootAt >= 0 ? args[rootAt + 1] : process.cwd())
const dryRun = args.includes('--dry-run')

/** Old path → new path, from the root. A `null` target: the file is removed and its importers go to `redirect`. */
const MOVES = [
  ['src/staff/StaffGate.tsx', 'src/staff/shared/StaffGate.tsx'],
  ['src/staff/useStaffAction.ts', 'src/staff/shared/useStaffAction.ts'],
  ['src/staff/needs/Chips.tsx', 'src/staff/shared/Chips.tsx'],
  ['src/staff/needs/staff.scss', 'src/staff/shared/staff.scss'],
  ['src/staff/visits/ToggleChips.tsx', 'src/staff/shared/ToggleChips.tsx'],
]
const REDIRECTS = [['src/staff/needs/StaffGate.tsx', 'src/staff/shared/StaffGate.tsx']]

const abs = (p) => resolve(root, p)
const noExt = (p) => p.slice(0, p.length - extname(p).length)
/** Absolute old path without extension (and with, for .scss) → absolute new path. */
const targetOf = new Map()
for (const [from, to] of [...MOVES, ...REDIRECTS]) {
  targetOf.set(abs(from), abs(to))
  if (!from.endsWith('.scss')) targetOf.set(noExt(abs(from)), abs(to))
}

const SOURCE = /\.(ts|tsx|scss)$/
function* files(dir) {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'dist-h5') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else if (SOURCE.test(name)) yield path
  }
}

/** The specifier to write in `file` (at its new place `fileAt`) for `spec`, or null to keep it. */
function rewrite(file, fileAt, spec) {
  let target
  if (spec.startsWith('@/')) target = abs(spec.slice(2))
  else if (spec.startsWith('.')) target = resolve(dirname(file), spec)
  else return null
  const moved = targetOf.get(target) ?? targetOf.get(noExt(target))
  if (!moved && fileAt === file) return null
  const finalTarget = moved ?? target
  if (spec.startsWith('@/'))
    return `@/${relative(root, moved ? (spec.endsWith('.scss') ? moved : noExt(moved)) : finalTarget)
      .split(sep)
      .join('/')}`
  const keepExt = spec.endsWith('.scss') || extname(spec) === extname(finalTarget)
  let rel = relative(dirname(fileAt), keepExt ? finalTarget : moved ? noExt(finalTarget) : finalTarget)
    .split(sep)
    .join('/')
  if (!rel.startsWith('.')) rel = `./${rel}`
  return rel === spec ? null : rel
}

const SPEC = /(\bfrom\s+|\bimport\s+|\bimport\s*\(\s*|@import\s+|@use\s+)(['"])([^'"]+)\2/g
const movedFrom = new Map(MOVES.map(([from, to]) => [abs(from), abs(to)]))
let edits = 0
for (const top of ['src', 'test']) {
  for (const file of files(abs(top))) {
    const fileAt = movedFrom.get(file) ?? file
    const before = readFileSync(file, 'utf8')
    const after = before.replace(SPEC, (whole, lead, quote, spec) => {
      const next = rewrite(file, fileAt, spec)
      return next ? `${lead}${quote}${next}${quote}` : whole
    })
    if (after !== before) {
      edits++
      console.log(`${dryRun ? 'would rewrite' : 'rewrote'} imports in ${relative(root, file)}`)
      if (!dryRun) writeFileSync(file, after)
    }
  }
}

const inGit = existsSync(join(root, '.git'))
for (const [from, to] of MOVES) {
  if (!existsSync(abs(from))) {
    if (existsSync(abs(to))) continue
    throw new Error(`staff-shared: ${from} is missing`)
  }
  console.log(`${dryRun ? 'would move' : 'moved'} ${from} → ${to}`)
  if (dryRun) continue
  mkdirSync(dirname(abs(to)), { recursive: true })
  if (inGit) execFileSync('git', ['mv', from, to], { cwd: root })
  else renameSync(abs(from), abs(to))
}
for (const [from] of REDIRECTS) {
  if (!existsSync(abs(from))) continue
  console.log(`${dryRun ? 'would remove' : 'removed'} ${from} (its importers now use the shared file)`)
  if (dryRun) continue
  if (inGit) execFileSync('git', ['rm', '-q', '-f', from], { cwd: root })
  else rmSync(abs(from))
}
console.log(`staff-shared: ${edits} files' imports rewritten`)
