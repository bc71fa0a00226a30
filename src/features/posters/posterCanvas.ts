// Drawing and saving a poster on each platform: weapp draws on the page's Canvas 2D node and saves to the album
// (saveImageToPhotosAlbum: 相册 in the privacy guide, PRIVACY_APIS); h5 draws on a detached canvas and downloads a PNG.
import Taro from '@tarojs/taro'
import type { PosterView } from '@/types/posters'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH } from './drawPoster'

/** The Canvas 2D node of `<Canvas type='2d' id={id}>` on the current page (weapp). */
function canvasNode(id: string): Promise<any> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res) => (res?.[0]?.node ? resolve(res[0].node) : reject(new Error('海报画布还没准备好，请稍后再试'))))
  })
}

function loaded(image: { onload: unknown; onerror: unknown; src: string }, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(new Error('小程序码图片读取失败'))
    image.src = src
  })
}

/** weapp: draws `poster` on the page's canvas `id`; answers the canvas node (for saving). */
export async function drawPosterOnWeapp(id: string, poster: PosterView): Promise<any> {
  const canvas = await canvasNode(id)
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  // The code arrives as base64; a Canvas 2D image loads from a file, so it goes to the mini-program's own user folder.
  const file = `${Taro.env.USER_DATA_PATH}/poster-code.${poster.codeContentType.includes('png') ? 'png' : 'jpg'}`
  Taro.getFileSystemManager().writeFileSync(file, poster.codeBase64, 'base64')
  const image = canvas.createImage()
  await loaded(image, file)
  drawPoster(canvas.getContext('2d'), poster, image)
  return canvas
}

/**
 * weapp: saves the drawn canvas to the phone's album. WeChat asks for 相册 permission the first time; a refusal
 * ("auth deny") is answered with a way to 设置; the privacy guide itself is handled by the page's PrivacyPopup.
 */
export async function savePosterOnWeapp(canvas: unknown): Promise<'saved' | 'denied'> {
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as unknown as Taro.canvasToTempFilePath.Option)
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return 'saved'
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    if (/auth den|authorize|deny/i.test(message)) return 'denied'
    throw error
  }
}

/** h5: the poster as a PNG data URL, drawn on a canvas that is never shown. */
export async function drawPosterOnH5(poster: PosterView): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const image = new window.Image()
  await loaded(image, `data:${poster.codeContentType};base64,${poster.codeBase64}`)
  drawPoster(canvas.getContext('2d')!, poster, image)
  return canvas.toDataURL('image/png')
}

/** h5: the browser downloads the poster PNG as `<fileName>.png`. */
export function downloadPosterOnH5(dataUrl: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = dataUrl
  link.download = `${fileName}.png`
  link.click()
}
