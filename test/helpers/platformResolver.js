// Jest resolver for Taro's per-platform files (https://docs.taro.zone/docs/envs, 统一接口的多端文件): when
// TARO_ENV is set (e.g. 'h5'), `import './x'` resolves to `./x.h5.ts(x)` if that file exists, as Taro's build
// does (also for `@/…` imports, which jest's moduleNameMapper has made absolute); otherwise (and for packages) jest's own resolution, which finds the default `./x.ts` (the weapp version).
const { existsSync } = require('node:fs')
const path = require('node:path')

const EXTENSIONS = ['.ts', '.tsx', '.js']

module.exports = (request, options) => {
  const platform = process.env.TARO_ENV
  if (platform && (request.startsWith('.') || path.isAbsolute(request))) {
    for (const ext of EXTENSIONS) {
      const candidate = path.resolve(options.basedir, `${request}.${platform}${ext}`)
      if (existsSync(candidate)) return candidate
    }
  }
  return options.defaultResolver(request, options)
}
