import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TeamView } from '@/types/teams'
import { Tag } from '@/src/shared/ui/nutui'
import { teamUrl } from '../routes'
import { JoinButton } from './JoinButton'

/** One team: what it does, how many are in it, and join/leave; tapping the text opens the team page. */
export function TeamCard({ team, linked = true }: { team: TeamView; linked?: boolean }) {
  const open = () => linked && Taro.navigateTo({ url: teamUrl(team.id) })
  return (
    <View className={`teams-card team-card team-card-${team.id}`}>
      <View className='teams-card__head' onClick={open}>
        <Text className='teams-card__title'>{team.name}</Text>
        {team.joined && <Tag type='success'>已加入</Tag>}
      </View>
      <Text className='teams-card__line' onClick={open}>
        {team.description}
      </Text>
      <Text className='teams-card__line team-member-count'>
        {team.memberCount} 名队员{linked ? ' · 点击查看活动' : ''}
      </Text>
      <JoinButton team={team} />
    </View>
  )
}
