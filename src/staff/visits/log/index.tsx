import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { NEED_CATEGORIES, NEED_CATEGORY_LABELS, type NeedCategory } from '../../../../types/needs.vocab'
import { PARTY_MEMBERSHIP_LABELS, PARTY_MEMBERSHIP_PLACES, SERVICE_QUESTIONS, type PartyMembershipPlace } from '../../../../types/visits.vocab'
import { useAction } from '../../../features/needs/useNeeds'
import { useApiQuery } from '../../../shared/api/useApiQuery'
import { Button, Empty, Switch, TextArea } from '../../../shared/ui/nutui'
import { ErrorState, LoadingRows } from '../../../shared/ui/QueryStates'
import { Chips } from '../../needs/Chips'
import { StaffGate } from '../../needs/StaffGate'
import '../../needs/staff.scss'

function VisitForm({ shopId }: { shopId: string }) {
  const shop = useApiQuery('shops.get', { shopId })
  const [party, setParty] = useState<PartyMembershipPlace | null>(null)
  const [childcare, setChildcare] = useState(false)
  const [difficulties, setDifficulties] = useState('')
  const [notes, setNotes] = useState('')
  const [needCategory, setNeedCategory] = useState<NeedCategory | null>(null)
  const log = useAction('visits.log')

  if (shop.error) return <ErrorState message={shop.error.message} onRetry={shop.reload} />
  if (!shop.data) return <LoadingRows rows={2} />

  async function save() {
    if (!party) return
    const raiseNeed = needCategory && difficulties ? { category: needCategory, description: difficulties } : undefined
    const result = await log.run({ shopId, answers: { partyMembers: party, childcareNeeded: childcare, difficulties: difficulties || undefined }, notes: notes || undefined, raiseNeed })
    if (result) {
      await Taro.showToast({ title: result.needId ? '已记录并转为诉求' : '已记录', icon: 'success' })
      Taro.navigateBack()
    }
  }

  return (
    <View className='staff-page visit-form'>
      <Text className='staff-card__title'>{shop.data.name}</Text>
      <View className='nx-section-title'>{SERVICE_QUESTIONS.party}</View>
      <Chips name='visit-party' options={PARTY_MEMBERSHIP_PLACES} labels={PARTY_MEMBERSHIP_LABELS} value={party} onChange={setParty} all={false} />
      <View className='nx-section-title'>{SERVICE_QUESTIONS.childcare}</View>
      <View className='staff-card visit-childcare' onClick={() => setChildcare(!childcare)}>
        <Text>需要假期照看 </Text>
        <Switch checked={childcare} style={{ pointerEvents: 'none' }} />
      </View>
      <View className='nx-section-title'>{SERVICE_QUESTIONS.difficulties}</View>
      <TextArea className='visit-difficulties' value={difficulties} onChange={setDifficulties} placeholder='没有可不填' maxLength={300} />
      {difficulties && (
        <>
          <View className='nx-section-title'>转为诉求（选类别即转，店铺已填好）</View>
          <Chips name='visit-need' options={NEED_CATEGORIES} labels={NEED_CATEGORY_LABELS} value={needCategory} onChange={setNeedCategory} />
        </>
      )}
      <View className='nx-section-title'>其他记录</View>
      <TextArea className='visit-notes' value={notes} onChange={setNotes} placeholder='可不填' maxLength={500} />
      {log.error && <Text className='staff-error'>{log.error.message}</Text>}
      <Button className='nx-big-button visit-save' type='primary' block disabled={!party} loading={log.busy} onClick={save}>
        {party ? '保存走访' : '请先回答党员一问'}
      </Button>
    </View>
  )
}

export default function LogVisitPage() {
  const { params } = useRouter()
  const shopId = params.shopId ? decodeURIComponent(params.shopId) : ''
  return <StaffGate>{() => (shopId ? <VisitForm shopId={shopId} /> : <Empty status='empty' title='请从商户名录选择要走访的店' />)}</StaffGate>
}
