import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { blockTime } from '@/src/shared/time'
import type { BadgePublicView } from '@/types/badges'
import { useGridNames } from '@/src/features/org/useGridNames'
import './BadgeCard.scss'
import { characters } from '@/types/text'

/** The face of a badge: photo, name, title, grid, the issuing street office, and how long it is valid. */
export function BadgeCard({ badge, children }: { badge: BadgePublicView; children?: ReactNode }) {
  const { gridName } = useGridNames()
  return (
    <View className='badge-card'>
      <View className='badge-card__top'>
        {badge.photoUrl ? (
          <Image className='badge-photo' src={badge.photoUrl} mode='aspectFill' />
        ) : (
          <View className='badge-photo badge-photo--none'>{characters(badge.name)[0]}</View>
        )}
        <View className='badge-card__who'>
          <Text className='badge-name'>{badge.name}</Text>
          <Text className='badge-title'>{badge.title}</Text>
          <Text className='badge-grid'>{gridName(badge.grid)}</Text>
        </View>
      </View>
      {children}
      <Text className='badge-issuer'>
        {badge.issuedBy} 颁发 · 有效期至 {blockTime(badge.validUntil).format('YYYY年M月D日')}
      </Text>
    </View>
  )
}
