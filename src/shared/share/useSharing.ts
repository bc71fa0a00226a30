import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useRef } from 'react'
import { FALLBACK_SHARE, shareTargets, type ShareContent } from './shareTargets'

/**
 * Lets a public page be shared to a chat and to 朋友圈. Call it at the top of the page (before any early return),
 * with `null` while there is nothing to share; the page's config must also set `enableShareAppMessage` and
 * `enableShareTimeline` (Taro: the hooks alone do not turn the menu items on).
 */
export function useSharing(content: ShareContent | null): void {
  const latest = useRef(content)
  latest.current = content
  useShareAppMessage(() => shareTargets(latest.current ?? FALLBACK_SHARE).appMessage)
  useShareTimeline(() => shareTargets(latest.current ?? FALLBACK_SHARE).timeline)
}
