// A stand-in for the few @tarojs/taro calls the query layer makes in node: device storage in a Map, and the
// network / app-show listeners, which a test fires by hand. Used with jest.mock('@tarojs/taro', () => fakeTaro).
export const storage = new Map<string, unknown>()
export const networkListeners: Array<(status: { isConnected: boolean }) => void> = []
export const appShowListeners: Array<() => void> = []

export const fakeTaro = {
  getStorageSync: (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
  removeStorageSync: (key: string) => void storage.delete(key),
  onNetworkStatusChange: (listener: (status: { isConnected: boolean }) => void) => void networkListeners.push(listener),
  offNetworkStatusChange: () => undefined,
  onAppShow: (listener: () => void) => void appShowListeners.push(listener),
  offAppShow: () => undefined,
  showToast: () => undefined,
}

export const goOffline = () => networkListeners.forEach((l) => l({ isConnected: false }))
export const goOnline = () => networkListeners.forEach((l) => l({ isConnected: true }))
