import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { blockTime } from '@/src/shared/time'
import type { Grid } from '@/types/shops.vocab'
import { useGridOptions } from '@/src/staff/org/useGridOptions'
import { callApi } from '@/src/shared/api/callApi'
import { uploadPhoto, choosePhotos } from '@/src/shared/api/upload'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { PersonCodeField } from '@/src/staff/users/PersonCodeField'
import { useStaffAction } from '@/src/staff/shared/useStaffAction'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/staff/notices/manage/index.scss'

const NO_INPUT = {} as Record<string, never>

/** The street office issues and revokes staff badges; a reissue revokes the earlier one. */
function BadgeManagePageContent({ canIssue }: { canIssue: boolean }) {
  const list = useApiQuery('badges.list', NO_INPUT)
  const [openid, setOpenid] = useState('')
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const grids = useGridOptions()
  const [chosenGrid, setGrid] = useState<Grid | null>(null)
  const grid = chosenGrid && grids.ids.includes(chosenGrid) ? chosenGrid : (grids.ids[0] ?? '')
  const [validUntil, setValidUntil] = useState(blockTime().add(1, 'year').format('YYYY-MM-DD'))
  const [photoFileId, setPhotoFileId] = useState<string | undefined>()

  const { message, act } = useStaffAction(['badges.issue'])
  const pickPhoto = () =>
    act(async () => {
      const picked = await choosePhotos(1)
      setPhotoFileId(await uploadPhoto(picked.tempFilePaths[0], 'badges'))
    }, '照片已上传')
  const issue = () =>
    act(
      (requestId) =>
        callApi('badges.issue', {
          openid,
          name,
          title,
          grid,
          validUntil: blockTime(`${validUntil}T23:59:59+08:00`).toISOString(),
          ...(photoFileId ? { photoFileId } : {}),
          requestId,
        }),
      '已发放',
    )

  return (
    <View className='badge-manage'>
      <PrivacyPopup />
      <View className='nx-section-title'>发放工作牌</View>
      {!canIssue && <Text className='notice-manage-message badge-issue-admin-only'>工作牌由街道管理员发放；如需发放或补发，请联系街道管理员。</Text>}
      {canIssue && (
        <View className='notice-form'>
          <PersonCodeField title='持牌人' openid={openid} onChange={setOpenid} />
          <Input placeholder='姓名' value={name} onChange={setName} />
          <Input placeholder='职务，如 第一网格网格员' value={title} onChange={setTitle} />
          <View className='notice-kind'>
            {grids.ids.map((g) => (
              <Tag key={g} className={`badge-grid-${g}`} type={grid === g ? 'primary' : 'default'} onClick={() => setGrid(g)}>
                {grids.labels[g]}
              </Tag>
            ))}
          </View>
          <Input placeholder='有效期至 YYYY-MM-DD' value={validUntil} onChange={setValidUntil} />
          <Button className='nx-big-button' block onClick={pickPhoto}>
            {photoFileId ? '已选照片，点此重选' : '上传照片'}
          </Button>
          <Button className='nx-big-button' type='primary' block onClick={issue}>
            发放
          </Button>
        </View>
      )}
      {message && <Text className='notice-manage-message'>{message}</Text>}

      <View className='nx-section-title'>已发放</View>
      <QueryView query={list} isEmpty={(data) => data.badges.length === 0} empty={<Empty status='empty' title='还没有工作牌' />}>
        {(data) => (
          <CellGroup>
            {data.badges.map((b) => (
              <Cell
                key={b.id}
                title={`${b.name} · ${b.title}`}
                description={`${b.status === 'revoked' ? '已注销' : `有效期至 ${blockTime(b.validUntil).format('YYYY-MM-DD')}`}`}
                extra={
                  b.status === 'active' ? (
                    <Button size='small' onClick={() => act(() => callApi('badges.revoke', { id: b.id }), '已注销')}>
                      注销
                    </Button>
                  ) : undefined
                }
              />
            ))}
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}

export default function BadgeManagePage() {
  // Only an admin issues badges (badges.issue refuses staff), so staff see the list without the form.
  return <StaffGate>{(roles) => <BadgeManagePageContent canIssue={roles.includes('admin')} />}</StaffGate>
}
