// weapp (Taro's default file; the h5 build takes cloudInit.h5.ts): wx.cloud must be initialised before any call.
import Taro from '@tarojs/taro'

/**
 * wx.cloud.init. The environment id is fixed at build time (TARO_APP_CLOUD_ENV, config/weappSettings.ts). Unset,
 * wx.cloud.init without `env` uses the default environment of the AppID (DYNAMIC_CURRENT_ENV is for cloud functions only).
 */
export function initCloud(): void {
  const env = process.env.TARO_APP_CLOUD_ENV
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
}
