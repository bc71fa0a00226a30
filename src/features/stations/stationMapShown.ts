// weapp (Taro's default file; the h5 build takes stationMapShown.h5.ts).

/** The station list offers 列表 / 地图: WeChat's <map> shows the stations. */
export const CAN_SHOW_MAP = true
