import type { TestCloud } from '../../helpers/localCloud'
import { startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

describe('cloud storage through the real wx-server-sdk', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await startFixtureCloud()
  })
  afterAll(async () => {
    await cloud.stop()
  })

  const files = async (data: object) => (await cloud.callFunction('files', data)).body as any
  const upload = (cloudPath: string, content: Buffer) => files({ action: 'upload', cloudPath, base64: content.toString('base64') })

  it('uploads, answers a temp URL, and serves the bytes there with their content type', async () => {
    const uploaded = await upload('avatars/o-alice/头像.png', PNG)
    // statusCode is -1 in the cloud too: node-sdk 3.17.2 never reports the upload's response to wx-server-sdk.
    expect(uploaded).toMatchObject({ fileID: 'cloud://test.7465-test-1250000000/avatars/o-alice/头像.png', errMsg: 'uploadFile:ok' })
    const urls = await files({ action: 'url', fileList: [uploaded.fileID] })
    expect(urls.fileList).toEqual([
      { fileID: uploaded.fileID, status: 0, errMsg: 'ok', maxAge: 86400, tempFileURL: `${cloud.url}/_local/storage/avatars/o-alice/头像.png` },
    ])
    const response = await fetch(encodeURI(urls.fileList[0].tempFileURL))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG)
  })

  it('downloads through the SDK', async () => {
    const { fileID } = await upload('notes/readme.txt', Buffer.from('你好，街区'))
    const downloaded = await files({ action: 'download', fileID })
    expect(downloaded.statusCode).toBe(200)
    expect(Buffer.from(downloaded.base64, 'base64').toString('utf8')).toBe('你好，街区')
  })

  it('deletes: the URL then answers 404 and a new temp URL is refused per file', async () => {
    const { fileID } = await upload('tmp/gone.txt', Buffer.from('bye'))
    const [{ tempFileURL }] = (await files({ action: 'url', fileList: [fileID] })).fileList
    expect(await files({ action: 'delete', fileList: [fileID] })).toMatchObject({ fileList: [{ fileID, status: 0, errMsg: 'ok' }] })
    expect((await fetch(tempFileURL)).status).toBe(404)
    expect((await files({ action: 'url', fileList: [fileID] })).fileList[0]).toMatchObject({ status: -503003, tempFileURL: '' })
    expect(await files({ action: 'download', fileID })).toMatchObject({ thrown: true })
  })

  it('refuses cloud paths that leave the bucket', async () => {
    for (const cloudPath of ['../escape.txt', 'a/../../escape.txt', '/abs.txt', 'a//b.txt', 'a\\..\\b.txt']) {
      expect(await upload(cloudPath, Buffer.from('x'))).toMatchObject({ thrown: true })
    }
    expect((await fetch(`${cloud.url}/_local/storage/..%2F..%2Fetc%2Fpasswd`)).status).toBe(400)
    expect((await fetch(`${cloud.url}/_local/storage/a%5C..%5C..%5Cx`)).status).toBe(400)
    const fromClient = await fetch(`${cloud.url}/_local/storage/upload-from-client?cloudPath=${encodeURIComponent('../x.txt')}`, {
      method: 'POST',
      headers: { 'x-wx-openid': 'o-alice' },
      body: 'x',
    })
    expect(fromClient.status).toBe(400)
  })

  it('takes uploads from the h5 app (the stand-in for wx.cloud.uploadFile)', async () => {
    const post = (headers: Record<string, string>, body: Buffer) =>
      fetch(`${cloud.url}/_local/storage/upload-from-client?cloudPath=${encodeURIComponent('photos/p1.png')}`, {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
      })
    expect((await post({}, PNG)).status).toBe(401)
    const response = await post({ 'x-wx-openid': 'o-alice' }, PNG)
    expect(response.status).toBe(200)
    const { fileID } = await response.json()
    expect(fileID).toBe('cloud://test.7465-test-1250000000/photos/p1.png')
    expect(Buffer.from((await files({ action: 'download', fileID })).base64, 'base64')).toEqual(PNG)
    expect((await post({ 'x-wx-openid': 'o-alice' }, Buffer.alloc(10 * 1024 * 1024 + 1))).status).toBe(413)
  })

  it('takes 10 MB from a function, and refuses a byte more', async () => {
    expect(await files({ action: 'upload', cloudPath: 'ten.bin', size: 10 * 1024 * 1024 })).toMatchObject({ fileID: expect.any(String) })
    const big = await files({ action: 'upload', cloudPath: 'big.bin', size: 10 * 1024 * 1024 + 1 })
    expect(big).toMatchObject({ thrown: true, errMsg: expect.stringMatching(/EntityTooLarge/) })
  })
})
