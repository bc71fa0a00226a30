import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Listens and answers the port actually bound (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err)
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/** Stops accepting, drops idle keep-alive sockets, and waits for in-flight requests to end. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve()
    server.close((err) => (err ? reject(err) : resolve()))
    server.closeIdleConnections()
    // A client holding a keep-alive socket open would otherwise keep stop() waiting forever.
    setTimeout(() => server.closeAllConnections(), 1_000).unref()
  })
}
