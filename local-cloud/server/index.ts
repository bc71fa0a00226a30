export { createRequestHandler } from './routes'
export type { LocalCloudRoutes } from './routes'
export { listen, close } from './lifecycle'
export { DEFAULT_MAX_BODY_BYTES } from './transport'
