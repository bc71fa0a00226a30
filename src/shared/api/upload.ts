import Taro from '@tarojs/taro'
import { putFile } from './putFile'

/**
 * Uploads a picked photo to cloud storage and answers its fileID (store that, never a URL).
 * weapp: `Taro.cloud.uploadFile`; h5: the local cloud's stand-in for it (putFile.ts / putFile.h5.ts).
 */
export async function uploadPhoto(localPath: string, folder: string): Promise<string> {
  const extension = (localPath.match(/\.(jpe?g|png|webp|gif)$/i)?.[1] ?? 'jpg').toLowerCase()
  const cloudPath = `${folder}/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${extension}`
  return putFile(cloudPath, localPath)
}

/**
 * Lets the person pick up to `count` photos (album or camera), compressed. `wx.chooseMedia` — `chooseImage` is
 * deprecated (base library 2.21.0) and is flagged as 废弃接口 by WeChat's audit. Declared in the privacy guide as
 * 选中的照片或视频信息 (+ 相册 / 摄像头); the page must render <PrivacyPopup />. Rejects when the person cancels.
 */
export async function choosePhotos(count: number): Promise<{ tempFilePaths: string[] }> {
  const picked = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return { tempFilePaths: picked.tempFiles.map((file) => file.tempFilePath) }
}
