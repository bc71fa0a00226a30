// The compiled 月度台账 page (staff subpackage of the weapp build) against the real local cloud on the seed: one tap
// makes the month's ledger, fetches it from cloud storage (wx.cloud.downloadFile) and opens it in WeChat's document
// viewer with its menu (wx.openDocument showMenu: save / forward); the file opened is a workbook with the four sheets.
import http from 'node:http'
import readXlsxFile from 'read-excel-file/node'
import { createCloudBridge } from './harness/cloudBridge'
import { watchConsole } from './harness/consoleWatch'
import { cloudInfo, phone, settle } from './harness/everyPage'
import { openTaroApp, waitFor } from './harness/taroApp'

jest.setTimeout(30000)

const consoleWatch = watchConsole()
afterAll(() => {
  consoleWatch.restore()
  expect(consoleWatch.take()).toEqual([])
})

function get(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (c: Buffer) => chunks.push(c))
        response.on('end', () => (response.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`GET ${url}: ${response.statusCode}`))))
      })
      .on('error', reject)
  })
}

describe('月度台账 page (weapp build, real local cloud)', () => {
  const info = cloudInfo()
  const bridge = createCloudBridge(info.url, 'demo-staff')
  /** The phone's temporary files: what downloadFile wrote. */
  const tempFiles = new Map<string, Buffer>()
  const downloads: string[] = []
  const opened: Array<{ filePath: string; fileType?: string; showMenu?: boolean }> = []
  // wx.cloud.downloadFile: fetches the stored file from the local cloud's storage (`cloud://<env>.<bucket>/<path>`).
  const downloadFile = (options: { fileID: string; success?: (r: unknown) => void; fail?: (e: unknown) => void }) => {
    downloads.push(options.fileID)
    const cloudPath = options.fileID.replace(/^cloud:\/\/[^/]+\//, '')
    const done = get(`${info.url}/_local/storage/${cloudPath}`).then((content) => {
      const tempFilePath = `wxfile://tmp_${tempFiles.size}.xlsx`
      tempFiles.set(tempFilePath, content)
      const result = { tempFilePath, statusCode: 200, errMsg: 'downloadFile:ok' }
      options.success?.(result)
      return result
    })
    done.catch((e) => options.fail?.(e))
    return done
  }
  const openDocument = (options: { filePath: string; fileType?: string; showMenu?: boolean; success?: (r: unknown) => void }) => {
    opened.push({ filePath: options.filePath, fileType: options.fileType, showMenu: options.showMenu })
    setTimeout(() => options.success?.({ errMsg: 'openDocument:ok' }), 0)
  }
  const showToast = jest.fn()
  const page = openTaroApp({ ...phone(bridge), cloud: { ...bridge.cloud, downloadFile }, openDocument, showToast }).openPage('staff/dashboard/ledger/index')

  it("one tap: the month's ledger is made, downloaded and opened with the save/forward menu", async () => {
    await waitFor(() => !!page.comp.querySelector('.ledger-export'), 'the export button')
    await settle(page, bridge)
    page.comp.querySelector('.ledger-export')!.dispatchEvent('tap')
    await waitFor(() => opened.length > 0, 'the document viewer')

    const call = bridge.calls.find((c) => c.data.action === 'dashboard.ledger')
    // Last month by default, in Shanghai time.
    const shanghaiNow = new Date(Date.now() + 8 * 3_600_000)
    const lastMonth = new Date(Date.UTC(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
    expect(call?.data.data).toEqual({ month: lastMonth })
    expect(downloads).toHaveLength(1)
    expect(opened).toEqual([{ filePath: [...tempFiles.keys()][0], fileType: 'xlsx', showMenu: true }])

    const sheets = await readXlsxFile(tempFiles.get(opened[0].filePath)!)
    expect(sheets.map((s) => s.sheet)).toEqual(['走访', '诉求', '活动', '公益项目'])
    await waitFor(() => page.text().includes(`暖新街区台账_${lastMonth}.xlsx`), 'what was made')
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已打开，可用右上角菜单保存或转发' }))
  })

  it('offers no personal-data option to staff who are not admins', () => {
    expect(page.comp.querySelector('.ledger-personal')).toBeFalsy()
    expect(page.text()).not.toContain('包含个人信息')
  })
})
