// weapp (Taro's default file; the h5 build takes deviceFix.h5.ts): the phone's fix from WeChat, already GCJ-02.
import Taro from '@tarojs/taro'

/** The device's position in GCJ-02 (degrees), or null when refused, unavailable or too slow. */
export async function deviceFix(): Promise<{ lat: number; lng: number } | null> {
  try {
    const fix = await Taro.getLocation({ type: 'gcj02' })
    return { lat: fix.latitude, lng: fix.longitude }
  } catch (err) {
    console.warn('[location] getLocation failed', err)
    return null
  }
}
