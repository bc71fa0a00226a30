/** Jest resolver for Taro's per-platform files (platformResolver.js). */
declare function platformResolver(request: string, options: { basedir: string; defaultResolver: (request: string, options: unknown) => string }): string
export = platformResolver
