import { createCloudBridge } from './harness/cloudBridge'
import { openTaroApp } from './harness/taroApp'
import { cloudInfo, phone, settle } from './harness/everyPage'
it('debug', async () => {
  const info = cloudInfo()
  const bridge = createCloudBridge(info.url, 'demo-admin')
  const app = openTaroApp(phone(bridge))
  const t = Date.now()
  const page = app.openPage('features/badges/subpages/mine/index', {})
  const iv = setInterval(() => console.log(Date.now() - t, bridge.inFlight(), bridge.lastActivityAt() - t, page.setData.lastAt - t, page.setData.sizes.length), 100)
  await settle(page, bridge)
  console.log(Date.now() - t, JSON.stringify(bridge.calls), page.setData.sizes, page.text())
  await new Promise((r) => setTimeout(r, 3000))
  console.log(Date.now() - t, JSON.stringify(bridge.calls), page.setData.sizes, page.text())
  clearInterval(iv)
}, 60000)
