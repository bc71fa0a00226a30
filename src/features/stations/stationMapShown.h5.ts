// h5 (the local debug build; the mini-program takes stationMapShown.ts).

/** No 地图 view on h5 (the debug build has never shown Taro's h5 <Map>): the list is the only view. */
export const CAN_SHOW_MAP = false
