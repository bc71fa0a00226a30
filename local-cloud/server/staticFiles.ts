import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { sendHtml } from './transport'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Serves the h5 build; unknown paths without an extension fall back to index.html (the app's own router). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string | undefined): void {
  const indexFile = staticDir ? path.join(staticDir, 'index.html') : ''
  if (!staticDir || !existsSync(indexFile)) return sendHtml(res, 503, missingBuildPage(staticDir))
  const file = resolveInside(staticDir, requestPath(req))
  if (file && isFile(file)) return sendFile(req, res, file, 200)
  if (file && isFile(path.join(file, 'index.html'))) return sendFile(req, res, path.join(file, 'index.html'), 200)
  if (path.extname(requestPath(req)) !== '') return sendHtml(res, 404, '<h1>404</h1><p>No such file.</p>')
  sendFile(req, res, indexFile, 200)
}

function requestPath(req: IncomingMessage): string {
  const pathname = new URL(req.url ?? '/', 'http://local').pathname
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

/** null when the path would leave the static directory. */
function resolveInside(root: string, urlPath: string): string | null {
  const resolved = path.resolve(root, '.' + path.posix.normalize('/' + urlPath))
  const rootResolved = path.resolve(root)
  return resolved === rootResolved || resolved.startsWith(rootResolved + path.sep) ? resolved : null
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
  const size = statSync(file).size
  // index.html must never be cached, or a rebuilt app keeps loading stale chunk names.
  const cache = file.endsWith('.html') ? 'no-cache' : 'public, max-age=0'
  res.writeHead(status, { 'content-type': contentTypeFor(file), 'content-length': size, 'cache-control': cache })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

function missingBuildPage(staticDir: string | undefined): string {
  const where = staticDir ? `<code>${escapeHtml(staticDir)}</code> has no index.html` : 'no static directory is configured'
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>local cloud: no h5 build</title>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>The h5 build is missing</h1>
<p>The local cloud is running, but ${where}.</p>
<p>Build it with <code>npm run build:h5</code> (or run <code>npm start</code>, which builds first), then reload.</p>
<p>The API is up: <code>POST /fn/&lt;name&gt;</code>, <code>POST /admin</code>, <code>GET /_local/health</code>.</p>
</body></html>`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}
