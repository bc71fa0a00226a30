import { Text, View } from '@tarojs/components'
import type { OrgTree, StaffScope } from '@/types/org'
import { useApiQuery } from '@/src/shared/query/useApiQuery'

/** Words for a scope: 全市, the street names, or the block (and grid) names. */
export function scopeText(scope: StaffScope | null, tree: OrgTree | null): string {
  if (!scope) return '尚未分配街区（只能看到还没有归属街区的记录）'
  if (scope.level === 'city') return '全市'
  const streets = tree?.streets ?? []
  if (scope.level === 'street') return scope.streetIds.map((id) => streets.find((s) => s.streetId === id)?.name ?? id).join('、')
  const blocks = streets.flatMap((s) => s.blocks)
  return scope.blockIds.map((id) => blocks.find((b) => b.blockId === id)?.name ?? id).join('、')
}

/** 工作台: the caller's scope, so staff know whose records they see. */
export function ScopeLine() {
  const mine = useApiQuery('org.myBlock', {})
  const tree = useApiQuery('org.tree', {})
  if (!mine.data) return null
  return (
    <View className='staff-scope'>
      <Text className='staff-scope-text'>工作范围：{scopeText(mine.data.scope, tree.data)}</Text>
    </View>
  )
}
