// One-off codemod (issue 15): in every `export interface <Feature>Actions { ... }` of types/*.ts, an action's
// `input` names its zod schema (`input: typeof xInput`) instead of the type inferred from it
// (`z.input<typeof xInput>`, `In<typeof xInput>`, or an alias `XInput = z.input<typeof xInput>`), so the router,
// the app's client and the test client are all typed from that one binding (see types/actions.ts).
// Usage: node scripts/codemods/contract-schemas.mjs [dir=types]   (idempotent; prints each file it changed)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'types'
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'))
/** `export type XInput = z.input<typeof xInput>` anywhere in the folder: alias → schema name. */
const aliases = new Map()
for (const name of files) {
  for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/export type (\w+) = z\.input<typeof (\w+)>/g)) aliases.set(m[1], m[2])
}
for (const name of files) {
  const file = join(dir, name)
  const before = readFileSync(file, 'utf8')
  const after = before.replace(/export interface \w+Actions (?:extends [\w, ]+)?\{[\s\S]*?\n\}/g, (block) =>
    block.replace(/input:\s*([^;]+);/g, (whole, type) => {
      const t = type.trim()
      const direct = t.match(/^(?:z\.input|In)<typeof (\w+)>$/)
      if (direct) return `input: typeof ${direct[1]};`
      if (aliases.has(t)) return `input: typeof ${aliases.get(t)};`
      if (/^typeof \w+$/.test(t)) return whole
      throw new Error(`${file}: cannot tell which schema \`input: ${t}\` is; write \`input: typeof <schema>\` by hand`)
    }),
  )
  if (after !== before) {
    writeFileSync(file, after)
    console.log(`contract-schemas: ${file}`)
  }
}
