// src/app.config.ts as Taro reads it.
import './defineAppConfig'
import appConfig from '@/src/app.config'

/** Every page of the app, as paths without a leading slash (main package first). */
export const ALL_PAGES: string[] = [...appConfig.pages!, ...(appConfig.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

export default appConfig
