import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useMe } from '@/src/features/me/useMe'
import { activityTimeText } from '@/src/features/teams/format'
import { useTeam, useTeamList } from '@/src/features/teams/useTeams'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ActivityForm } from './ActivityForm'
import { TeamForm } from './TeamForm'
import { Attendance } from './Attendance'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/features/teams/teams.scss'
import { TeamHoursExportButton } from '@/src/features/hours/TeamHoursExportButton'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'

/** Staff: pick a team → its activities (create, edit) → an activity's attendance, where hours are corrected. */
function TeamsManagePageContent() {
  const list = useTeamList()
  const [teamId, setTeamId] = useState<string | null>(null)
  const team = useTeam(teamId ?? undefined)
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [attendanceOf, setAttendanceOf] = useState<string | null>(null)
  // Admins keep the teams themselves: 'new', or the picked team's id while its form is open.
  const isAdmin = !!useMe().data?.roles.includes('admin')
  const [teamForm, setTeamForm] = useState<string | null>(null)
  const teamSaved = (saved: { id: string }) => {
    setTeamForm(null)
    pickTeam(saved.id)
  }
  const pickTeam = (id: string) => {
    setTeamId(id)
    setEditing(null)
    setAttendanceOf(null)
  }
  const saved = () => setEditing(null)

  if (list.error) return <ErrorState message={list.error.message} onRetry={list.reload} />
  if (!list.data) return <LoadingRows />
  return (
    <View className='teams-page teams-manage'>
      {/* 导出本年度时长 copies the CSV to the clipboard (a privacy API): WeChat asks through this popup. */}
      <PrivacyPopup />
      <View className='nx-section-title'>选择志愿队</View>
      <View>
        {list.data.teams.map((t) => (
          <Text key={t.id} className={`teams-chip manage-team-${t.id}${teamId === t.id ? ' teams-chip--on' : ''}`} onClick={() => pickTeam(t.id)}>
            {t.name}（{t.memberCount}）
          </Text>
        ))}
      </View>
      {isAdmin && teamForm === null && (
        <View className='teams-actions'>
          <Button className='nx-big-button team-new' onClick={() => setTeamForm('new')}>
            新建志愿队
          </Button>
          {teamId && team.data && (
            <Button className='nx-big-button team-edit' onClick={() => setTeamForm(teamId)}>
              编辑这支队伍
            </Button>
          )}
        </View>
      )}
      {isAdmin && teamForm === 'new' && <TeamForm onSaved={teamSaved} />}
      {isAdmin && teamForm !== null && teamForm !== 'new' && team.data && <TeamForm key={teamForm} team={team.data.team} onSaved={teamSaved} />}
      {!teamId && <Empty title='先选一支志愿队' description='查看它的活动、考勤，登记或更正时长' />}
      {teamId && team.error && <ErrorState message={team.error.message} onRetry={team.reload} />}
      {teamId && !team.error && !team.data && <LoadingRows rows={2} />}
      {teamId && team.data && (
        <View>
          {editing === 'new' ? (
            <ActivityForm teamId={teamId} onSaved={saved} />
          ) : (
            <Button className='nx-big-button activity-new' type='primary' block onClick={() => setEditing('new')}>
              新建活动
            </Button>
          )}
          <TeamHoursExportButton teamId={teamId} />
          {team.data.activities.length === 0 && <Empty title='这支队伍还没有活动' />}
          {team.data.activities.map((a) => (
            <View key={a.id} className={`teams-card manage-activity manage-activity-${a.id}`}>
              <Text className='teams-card__title'>{a.title}</Text>
              <Text className='teams-card__line'>
                {activityTimeText(a.startsAt, a.endsAt)} · {a.place}
              </Text>
              {editing === a.id && <ActivityForm teamId={teamId} activity={a} onSaved={saved} />}
              <View className='teams-actions'>
                <Button className='nx-big-button manage-edit' onClick={() => setEditing(editing === a.id ? null : a.id)}>
                  {editing === a.id ? '收起' : '编辑'}
                </Button>
                <Button className='nx-big-button manage-attendance' type='primary' onClick={() => setAttendanceOf(attendanceOf === a.id ? null : a.id)}>
                  {attendanceOf === a.id ? '收起考勤' : '考勤与更正'}
                </Button>
              </View>
              {attendanceOf === a.id && <Attendance activity={a} />}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

export default function TeamsManagePage() {
  return <StaffGate>{() => <TeamsManagePageContent />}</StaffGate>
}
