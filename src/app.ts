import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'

import { listenForPrivacyRequests } from './features/privacy/privacyConsent'
import { applyTextScale } from './features/me/textSize'
import { preloadPages } from './shared/offline/preloadPages'
import { initCloud } from './shared/platform/cloudInit'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    listenForPrivacyRequests()
    applyTextScale()
    // So the pages open with no signal too (h5; nothing to do on weapp).
    preloadPages()
  })

  // children 是将要渲染的页面
  return children
}

export default App
