import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { readWeappSettings, weappConstants } from './weappSettings'

// weapp and h5 write to different folders so the two builds never overwrite each other.
const isH5 = process.env.TARO_ENV === 'h5'

// The contract in ../types sits outside `src`; Taro compiles only `src` unless told.
const contractDir = path.resolve(__dirname, '..', 'types')

// AppID, CloudBase environment and subscribe template ids come from the environment or `.env.local` (weappSettings.ts).
const settings = readWeappSettings()

// https://taro-docs.jd.com/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'nuanxin-block',
    date: '2026-11-27',
    // NutUI's styles are drawn for a 375 px design, ours for 750 px (NutUI React Taro's documented setup).
    designWidth(input) {
      const file = typeof input === 'object' ? input?.file : undefined
      if (file?.replace(/\\+/g, '/').includes('@nutui')) return 375
      return 750
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // `@/…` is the repository root (`@/types/stations`, `@/src/shared/api/callApi`), as in tsconfig.json's paths,
    // jest's moduleNameMapper and esbuild (which reads tsconfig paths) — see scripts/codemods/alias-imports.mjs.
    alias: { '@': path.resolve(__dirname, '..') },
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    // NutUI React Taro's start guide: its components render HTML elements (`<i>` icons, Rate stars, button
    // spinners), which have no template on weapp without Taro's HTML plugin (`Template tmpl_0_i not found`).
    plugins: ['@tarojs/plugin-html'],
    defineConstants: weappConstants(settings),
    copy: {
      // Map markers need a real file in the package (a data URI is not accepted as iconPath).
      // sitemap.json: which pages WeChat search may index (app.config's sitemapLocation).
      patterns: isH5
        ? []
        : [
            { from: 'src/assets/station-marker.png', to: 'dist/assets/station-marker.png' },
            { from: 'src/sitemap.json', to: 'dist/sitemap.json' },
          ],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Modules used only by a subpackage's pages go into that subpackage, not the main package.
      optimizeMainPackage: { enable: true },
      compile: { include: [contractDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // Text follows the system font size and 大字模式 (config/postcssTextScale.js).
        './config/postcssTextScale.js': { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [contractDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        './config/postcssTextScale.js': { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
