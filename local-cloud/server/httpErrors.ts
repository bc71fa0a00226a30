/** An error the server answers as `{ errCode, errMsg }` with its HTTP status; anything else is a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errCode: string,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export const badRequest = (message: string) => new HttpError(400, 'BAD_REQUEST', message)
export const notFound = (message: string) => new HttpError(404, 'NOT_FOUND', message)
export const methodNotAllowed = (method: string, path: string) => new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`)
export const payloadTooLarge = (limit: number) => new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body is larger than ${limit} bytes`)
