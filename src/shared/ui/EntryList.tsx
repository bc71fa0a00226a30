import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Role } from '@/types/roles'
import { visibleEntries, type Entry } from '../entries'
import { Cell } from './nutui'

interface EntryListProps {
  entries: readonly Entry[]
  /** The viewer's roles; entries limited to other roles are hidden. */
  roles?: readonly Role[]
}

/** Big, plainly worded rows into each feature — one tap, no hunting. */
export function EntryList({ entries, roles }: EntryListProps) {
  const shown = visibleEntries(entries, roles)
  if (shown.length === 0) return null
  return (
    <View className='entry-list'>
      {shown.map((entry) => (
        <Cell
          key={entry.key}
          className={`entry entry-${entry.key}`}
          title={entry.title}
          description={entry.description}
          extra='›'
          clickable
          onClick={() => Taro.navigateTo({ url: entry.url })}
        />
      ))}
    </View>
  )
}
