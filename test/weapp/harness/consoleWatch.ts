// What the suite counts as a page failing at run time, besides a throw or an unhandled rejection (jest-circus fails
// the running test on those itself): any console.error (React, jsdom's uncaught
// errors and Taro all report there), and WXML's "Template `x` not found" warning (an element with no template
// renders nothing on a phone).
export interface ConsoleWatch {
  /** Problems seen since the last `take()`, as text. */
  take: () => string[]
  restore: () => void
}

const TEMPLATE_NOT_FOUND = /Template `[^`]*` not found/

function describe(args: unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : typeof arg === 'string' ? arg : safeJson(arg)))
    .join(' ')
    .slice(0, 2000)
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

export function watchConsole(): ConsoleWatch {
  const seen: string[] = []
  const original = { error: console.error, warn: console.warn, log: console.log }
  console.error = (...args: unknown[]) => {
    seen.push(`console.error: ${describe(args)}`)
  }
  for (const level of ['warn', 'log'] as const) {
    console[level] = (...args: unknown[]) => {
      const text = describe(args)
      if (TEMPLATE_NOT_FOUND.test(text)) seen.push(`console.${level}: ${text}`)
    }
  }
  return {
    take: () => seen.splice(0, seen.length),
    restore: () => Object.assign(console, original),
  }
}
