import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describePlan, readPlan, ROOT } from '@/scripts/deploy/plan'

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

/** Each function's config.json as written: the rule the plan must follow. */
const configs = readdirSync(join(ROOT, 'cloudfunctions'))
  .filter((name) => statSync(join(ROOT, 'cloudfunctions', name)).isDirectory())
  .map((name) => ({ name, config: JSON.parse(readFileSync(join(ROOT, 'cloudfunctions', name, 'config.json'), 'utf8')) }))

/** The lines of one function's block in the printed plan. */
function functionBlock(text: string, name: string): string {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`   - function ${name}:`))
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('       '))
  return lines.slice(start, end).join('\n')
}

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

describe('npm run deploy -- --dry-run on a machine with no credentials', () => {
  const secretValue = 'dry-run-secret-value-that-must-never-be-printed'
  const run = (extra: Record<string, string>) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TCB_|WX_|TENCENTCLOUD_|BADGE_SECRET)/.test(key))) as NodeJS.ProcessEnv
    return spawnSync('node', ['--import', 'tsx', 'scripts/deploy/index.ts', '--dry-run'], { cwd: ROOT, env: { ...env, ...extra }, encoding: 'utf8' })
  }
  let withSecret: ReturnType<typeof run>
  let withoutSecret: ReturnType<typeof run>
  beforeAll(() => {
    withSecret = run({ BADGE_SECRET: secretValue })
    withoutSecret = run({})
  }, 60_000)

  it('changes nothing and prints every collection and function', () => {
    expect(withSecret.status).toBe(0)
    for (const c of plan.collections) expect(withSecret.stdout).toContain(`collection ${c.name}`)
    for (const fn of plan.functions) expect(withSecret.stdout).toContain(`function ${fn.name}`)
    expect(withSecret.stdout).toContain('Dry run: nothing was changed.')
  })

  it("shows each function's runtime, as its config.json declares", () => {
    for (const { name, config } of configs) expect(functionBlock(withSecret.stdout, name)).toContain(`runtime ${config.runtime}`)
  })

  it("shows each function's cloud-call permissions, as its config.json declares", () => {
    for (const { name, config } of configs) {
      const block = functionBlock(withSecret.stdout, name)
      const openapi: string[] = config.permissions?.openapi ?? []
      expect(block).toContain(`permissions (cloud calls, config.json permissions.openapi): ${openapi.length ? openapi.join(', ') : 'none'}`)
    }
  })

  it("shows each function's timer triggers with their schedule", () => {
    for (const { name, config } of configs) {
      const block = functionBlock(withSecret.stdout, name)
      for (const t of config.triggers ?? []) expect(block).toContain(`trigger ${t.name}: timer "${t.config}"`)
      if (!config.triggers?.length) expect(block).toContain('triggers: none')
    }
  })

  it('names the secrets, says whether each is provided, and never prints a value', () => {
    expect(functionBlock(withSecret.stdout, 'api')).toMatch(/secret BADGE_SECRET → environment variable \(provided/)
    expect(withSecret.stdout).not.toContain(secretValue)
    expect(functionBlock(withoutSecret.stdout, 'api')).toMatch(/secret BADGE_SECRET .*NOT PROVIDED/)
    expect(withoutSecret.stdout).toMatch(/A real deploy would refuse: .*BADGE_SECRET is not set/)
  })
})
