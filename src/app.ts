import { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'

import { listenForPrivacyRequests } from './features/privacy/privacyConsent'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // The environment id is fixed at build time (TARO_APP_CLOUD_ENV); empty means the one the app is bound to.
      // Taro.cloud is wx.cloud; its DYNAMIC_CURRENT_ENV is missing from Taro's types.
      const { DYNAMIC_CURRENT_ENV } = Taro.cloud as unknown as { DYNAMIC_CURRENT_ENV: string }
      Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || DYNAMIC_CURRENT_ENV, traceUser: true })
    }
    listenForPrivacyRequests()
  })

  // children 是将要渲染的页面
  return children
}

export default App
