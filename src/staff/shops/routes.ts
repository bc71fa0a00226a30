/** A shop's file (商户档案) in 商户名录. */
export const staffShopUrl = (id: string) => `/staff/shops/detail/index?id=${encodeURIComponent(id)}`
