// weapp (Taro's default file; the h5 build takes csvFile.h5.ts): a mini-program cannot save to disk.
import Taro from '@tarojs/taro'

/** Shares a CSV (UTF-8) as a file to a WeChat chat, from where it opens in a spreadsheet app. */
export async function shareCsvFile(filename: string, csv: string): Promise<void> {
  const path = `${Taro.env.USER_DATA_PATH}/${filename}`
  Taro.getFileSystemManager().writeFileSync(path, csv, 'utf8')
  await Taro.shareFileMessage({ filePath: path, fileName: filename })
}

/** Puts a CSV's text on the clipboard, to paste into a spreadsheet (`filename` is for the h5 download). */
export async function copyCsv(_filename: string, csv: string): Promise<void> {
  await Taro.setClipboardData({ data: csv })
}
