// Walks the contract (every action's input schema) for the fields built from types/fields.ts.
import { z } from 'zod'
import { allActions } from '@/cloudfunctions/api/actions'
import { FIELD_FORMATS } from '@/types/fields'

export interface ContractField {
  action: string
  /** Path from the input's root; list elements as index 0. */
  path: Array<string | number>
  schema: z.ZodType
}

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  valueType?: z.ZodType
  left?: z.ZodType
  right?: z.ZodType
}

/** Every field (and the object keys on the way) of every action's input, depth first. */
export function contractFields(): ContractField[] {
  const out: ContractField[] = []
  const walk = (schema: z.ZodType | undefined, action: string, path: Array<string | number>, depth: number) => {
    if (!schema || depth > 10) return
    out.push({ action, path, schema })
    const def = (schema as unknown as { _zod: { def: Def } })._zod.def
    const inner = (s: z.ZodType | undefined, p = path) => walk(s, action, p, depth + 1)
    if (def.type === 'object') for (const [k, v] of Object.entries(def.shape ?? {})) inner(v, [...path, k])
    else if (def.type === 'array') inner(def.element, [...path, 0])
    else if (def.type === 'pipe') [def.in, def.out].forEach((s) => inner(s))
    else if (def.type === 'union') def.options?.forEach((o) => inner(o))
    else if (def.type === 'intersection') [def.left, def.right].forEach((s) => inner(s))
    else if (def.type === 'record') inner(def.valueType, [...path, 'x'])
    else if (def.innerType) inner(def.innerType)
  }
  for (const a of allActions()) walk(a.input as z.ZodType, a.name, [], 0)
  return out
}

/** The fields marked as an instant or a calendar day, once per action and path. */
export function dateFields(): Array<ContractField & { format: 'instant' | 'day' }> {
  const seen = new Set<string>()
  return contractFields().flatMap((f) => {
    const format = (f.schema.meta() as { format?: string } | undefined)?.format
    const kind = format === FIELD_FORMATS.instant ? 'instant' : format === FIELD_FORMATS.day ? 'day' : null
    const key = `${f.action} ${f.path.join('.')}`
    if (!kind || seen.has(key)) return []
    seen.add(key)
    return [{ ...f, format: kind }]
  })
}
