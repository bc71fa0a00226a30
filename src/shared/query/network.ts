import Taro from '@tarojs/taro'

/**
 * Online / offline as WeChat reports it (`wx.onNetworkStatusChange`; https://developers.weixin.qq.com/miniprogram/
 * dev/api/device/network/wx.onNetworkStatusChange.html). The h5 build uses network.h5.ts (the browser's events:
 * Taro's h5 version only listens to `navigator.connection`, which does not change when the browser goes offline).
 * `listener(online)` runs on every change; answers the function that stops listening.
 */
export function watchNetwork(listener: (online: boolean) => void): () => void {
  const onChange = (status: { isConnected: boolean }) => listener(status.isConnected)
  // Hosts without the API (WeChat's test simulator) throw here: the app then simply never hears "offline".
  if (!attempt(() => Taro.onNetworkStatusChange(onChange))) return () => undefined
  return () => void attempt(() => Taro.offNetworkStatusChange(onChange))
}

/** The app came back to the foreground (`wx.onAppShow`): the mini-program's "window focus". */
export function watchAppShow(listener: () => void): () => void {
  if (!attempt(() => Taro.onAppShow(listener))) return () => undefined
  return () => void attempt(() => Taro.offAppShow(listener))
}

function attempt(work: () => unknown): boolean {
  try {
    work()
    return true
  } catch {
    return false
  }
}
