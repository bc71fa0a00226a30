// weapp (Taro's default file; the h5 build takes phoneCalendar.h5.ts): the phone's own calendar.
import Taro from '@tarojs/taro'
import type { EventView } from '@/types/events'
import { phoneCalendarOptions } from './calendarEntry'

/**
 * Puts the event into the phone's calendar (wx.addPhoneCalendar; asks for scope.addPhoneCalendar, so only from a
 * tap). Answers the line to show under the button, or null (the person cancelled, or went to 设置).
 */
export async function addToPhoneCalendar(event: EventView): Promise<string | null> {
  try {
    // Taro's typings copy an old doc's `endTime: string`; WeChat's current doc (and the start time) say number (seconds).
    await Taro.addPhoneCalendar(phoneCalendarOptions(event) as unknown as Taro.addPhoneCalendar.Option)
    return '已加入手机日历，开始前 1 小时提醒'
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    if (/auth den|deny/i.test(message)) {
      const { confirm } = await Taro.showModal({ title: '需要日历权限', content: '加入日历需要允许“添加到日历”，去设置里打开？', confirmText: '去设置' })
      if (confirm) await Taro.openSetting()
      return null
    }
    return /cancel/i.test(message) ? null : `没能加入日历：${message}`
  }
}
