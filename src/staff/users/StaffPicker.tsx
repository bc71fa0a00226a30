import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, isStaffRole } from '@/types/roles'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import './StaffPicker.scss'

const NO_INPUT = {} as Record<string, never>

/** Pick a colleague (staff or admin) by name: one tap, nothing typed. */
export function StaffPicker({ value, onChange }: { value: string; onChange: (openid: string) => void }) {
  const { data, error, reload } = useApiQuery('users.staff', NO_INPUT)
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows rows={2} />
  if (data.staff.length === 0) return <Empty status='empty' title='还没有其他网格员' description='请街道管理员在“人员与身份”中开通' />
  return (
    <View className='staff-picker'>
      <Text className='staff-picker__title'>转交给</Text>
      <CellGroup>
        {data.staff.map((member) => (
          <Cell
            key={member.openid}
            className={`staff-picker__option staff-option-${member.openid}${value === member.openid ? ' staff-picker__option--chosen' : ''}`}
            title={member.nickname}
            description={member.roles
              .filter((r) => isStaffRole([r]))
              .map((r) => ROLE_LABELS[r])
              .join('、')}
            extra={value === member.openid ? <Tag type='primary'>已选</Tag> : '选择'}
            clickable
            onClick={() => onChange(value === member.openid ? '' : member.openid)}
          />
        ))}
      </CellGroup>
    </View>
  )
}
