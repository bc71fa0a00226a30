// weapp (Taro's default file; the h5 build takes putFile.h5.ts): cloud storage through wx.cloud.
import Taro from '@tarojs/taro'

/** Uploads the file at `localPath` (a temp path) to cloud storage at `cloudPath`; answers its fileID. */
export async function putFile(cloudPath: string, localPath: string): Promise<string> {
  const result = await Taro.cloud.uploadFile({ cloudPath, filePath: localPath })
  return result.fileID
}
