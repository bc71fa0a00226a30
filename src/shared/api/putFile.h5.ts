// h5 (the local debug build; the mini-program takes putFile.ts): the local cloud's stand-in for wx.cloud.uploadFile.
import { getLocalOpenid } from './localIdentity'

/**
 * Uploads the file at `localPath` (a blob: URL) to the local cloud's storage at `cloudPath`, as the local debug
 * identity; answers its fileID. Throws 上传失败，请重试 when the local cloud refuses it.
 */
export async function putFile(cloudPath: string, localPath: string): Promise<string> {
  const blob = await (await fetch(localPath)).blob()
  const response = await fetch(`/_local/storage/upload-from-client?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': getLocalOpenid(), 'content-type': blob.type || 'application/octet-stream' },
    body: blob,
  })
  if (!response.ok) throw new Error('上传失败，请重试')
  return ((await response.json()) as { fileID: string }).fileID
}
