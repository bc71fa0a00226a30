import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describePlan, readPlan, ROOT } from '../../scripts/deploy/plan'

/** Every collection name the function code names literally: `.collection('x')`. */
function collectionsInCode(dir = join(ROOT, 'cloudfunctions')): Set<string> {
  const found = new Set<string>()
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) collectionsInCode(path).forEach((c) => found.add(c))
    else if (name.endsWith('.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/\.collection\(\s*['"`]([\w-]+)['"`]\s*\)/g)) found.add(match[1])
    }
  }
  return found
}

const plan = readPlan()
const declared = new Set(plan.collections.map((c) => c.name))

it('declares every collection the functions use', () => {
  const used = [...collectionsInCode()]
  expect(used.length).toBeGreaterThan(0)
  expect(used.filter((name) => !declared.has(name))).toEqual([])
})

it('gives every declared collection a deny-by-default rule unless it says otherwise', () => {
  for (const collection of plan.collections) expect(collection.rule).toBeDefined()
})

it('plans every function, collection, index, rule and the upload', () => {
  const text = describePlan(plan, { envId: 'env-x', appid: 'wx123' }).join('\n')
  for (const fn of plan.functions) expect(text).toContain(`function ${fn.name}`)
  for (const c of plan.collections) {
    expect(text).toContain(`collection ${c.name}: rule ${JSON.stringify(c.rule)}`)
    for (const i of c.indexes) expect(text).toContain(`index ${i.name}`)
  }
  expect(text).toContain('Mini-program upload')
  expect(text).toContain('wx123')
})

it('npm run deploy -- --dry-run prints the whole plan on a machine with no credentials', () => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(TCB_|WX_|TENCENTCLOUD_)/.test(key)),
  ) as NodeJS.ProcessEnv
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/deploy/index.ts', '--dry-run'], { cwd: ROOT, env, encoding: 'utf8' })
  expect(result.status).toBe(0)
  for (const c of plan.collections) expect(result.stdout).toContain(`collection ${c.name}`)
  for (const fn of plan.functions) expect(result.stdout).toContain(`function ${fn.name}`)
  expect(result.stdout).toContain('Dry run: nothing was changed.')
}, 30_000)
