// How "my data" names each collection to the person (no zod here). A collection missing here shows its code name.
export const COLLECTION_LABELS: Record<string, string> = {
  users: '账号与身份',
  shops: '我负责的店铺',
  shopManagers: '店铺负责人记录',
  accessLog: '个人信息查看记录',
  dataExports: '数据导出文件',
}
