import Taro from '@tarojs/taro'

export interface ConfirmOptions {
  /** What is about to happen, e.g. 取消活动？ */
  title: string
  /** What cannot be undone and who will be told, e.g. 已报名的 12 人会收到“活动取消”通知。 */
  content: string
  /** The confirming button (at most 4 characters in WeChat's modal). */
  confirmText?: string
}

/**
 * Asks before an irreversible staff action (取消活动, 通过, 删除, 手动签到, granting 街道管理员), naming who will be
 * told. Resolves true only on the confirming button; a dismissal or a failure of the modal is a "no".
 */
export async function confirmAction({ title, content, confirmText = '确定' }: ConfirmOptions): Promise<boolean> {
  try {
    const res = await Taro.showModal({ title, content, confirmText, cancelText: '再想想', confirmColor: '#fa2c19' })
    return !!res.confirm
  } catch {
    return false
  }
}
