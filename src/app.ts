import { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'

import { listenForPrivacyRequests } from './features/privacy/privacyConsent'
import { applyTextScale } from './features/me/textSize'
import { preloadPages } from './shared/offline/preloadPages'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // The environment id is fixed at build time (TARO_APP_CLOUD_ENV, config/weappSettings.ts). Unset, wx.cloud.init
      // without `env` uses the default environment of the AppID (DYNAMIC_CURRENT_ENV is for cloud functions only).
      const env = process.env.TARO_APP_CLOUD_ENV
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
    }
    listenForPrivacyRequests()
    applyTextScale()
    // So the pages open with no signal too (h5; nothing to do on weapp).
    preloadPages()
  })

  // children 是将要渲染的页面
  return children
}

export default App
