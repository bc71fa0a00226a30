import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS, SELF_CHOSEN_ROLES, type Role } from '@/types/roles'
import { Button, Switch } from '@/src/shared/ui/nutui'
import { useChooseRoles } from '../useMe'
import './RoleChooser.scss'

type SelfChosenRole = (typeof SELF_CHOSEN_ROLES)[number]

const ROLE_HINTS: Record<SelfChosenRole, string> = {
  resident: '在街区居住或工作，参加街区活动',
  courier: '快递、外卖骑手和户外劳动者，找最近的驿站',
}

/** Lets the person say who they are (居民 / 骑手); staff and admin roles are granted, never chosen here. */
export function RoleChooser({ roles }: { roles: Role[] }) {
  const initial = SELF_CHOSEN_ROLES.filter((role) => roles.includes(role))
  const [chosen, setChosen] = useState<SelfChosenRole[]>(initial)
  const { save, saving, error } = useChooseRoles()
  const rolesKey = roles.join(',')

  useEffect(() => {
    setChosen(SELF_CHOSEN_ROLES.filter((role) => roles.includes(role)))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rolesKey])

  const changed = chosen.slice().sort().join(',') !== initial.slice().sort().join(',')
  const toggle = (role: SelfChosenRole) => setChosen((current) => (current.includes(role) ? current.filter((r) => r !== role) : [...current, role]))
  const submit = async () => {
    if (await save(chosen)) Taro.showToast({ title: '已保存', icon: 'success' })
  }

  return (
    <View className='role-chooser'>
      {SELF_CHOSEN_ROLES.map((role) => (
        <View key={role} className={`role-option role-option-${role}`} onClick={() => toggle(role)}>
          <View className='role-option__text'>
            <Text className='role-option__label'>我是{ROLE_LABELS[role]}</Text>
            <Text className='role-option__hint'>{ROLE_HINTS[role]}</Text>
          </View>
          <Switch checked={chosen.includes(role)} style={{ pointerEvents: 'none' }} />
        </View>
      ))}
      {error && <Text className='role-chooser__error'>{error.message}</Text>}
      <Button className='nx-big-button save-roles' type='primary' block disabled={!changed} loading={saving} onClick={submit}>
        保存
      </Button>
    </View>
  )
}
