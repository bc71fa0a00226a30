import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { HoursCertificateView } from '@/types/hours'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { blockTime } from '@/src/shared/time'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { minutesText } from '../teams/format'

/**
 * 我的志愿时长 → 开具时长证明: a name and a period (this year so far by default); the certificate shows the total,
 * each activity and a code anyone can scan to check it (hours.verifyCertificate). Show it, or screenshot it.
 */
export function HoursCertificatePanel() {
  const [name, setName] = useState('')
  const [from, setFrom] = useState(blockTime().startOf('year').format('YYYY-MM-DD'))
  const [to, setTo] = useState(blockTime().format('YYYY-MM-DD'))
  const [certificate, setCertificate] = useState<HoursCertificateView | null>(null)
  const { mutate: submit, busy } = useApiMutation('hours.certificate', setCertificate)

  if (certificate) {
    return (
      <View className='teams-card hours-certificate'>
        <Text className='teams-card__title'>志愿服务时长证明</Text>
        <Text className='teams-card__line hours-certificate-text'>
          兹证明 {certificate.name} 于 {certificate.from} 至 {certificate.to} 在暖新街区参加志愿服务 {certificate.activities.length} 次，累计{' '}
          {minutesText(certificate.totalMinutes)}。
        </Text>
        {certificate.activities.map((a, i) => (
          <Text key={i} className='teams-note'>
            {a.day} {a.team} · {a.title} · {minutesText(a.minutes)}
          </Text>
        ))}
        <QrCodeImage content={certificate.code} className='hours-certificate-code' />
        <Text className='teams-note'>扫码可核验真伪（开具于 {blockTime(certificate.issuedAt).format('YYYY-MM-DD HH:mm')}）</Text>
        <Button className='nx-big-button' block onClick={() => setCertificate(null)}>
          重新开具
        </Button>
      </View>
    )
  }
  return (
    <View className='teams-card hours-certificate-form'>
      <Text className='teams-card__title'>开具时长证明</Text>
      <Input className='hours-certificate-name' placeholder='证明上的姓名（请填实名）' value={name} onChange={setName} />
      <Input className='hours-certificate-from' placeholder='开始日期 YYYY-MM-DD' value={from} onChange={setFrom} />
      <Input className='hours-certificate-to' placeholder='结束日期 YYYY-MM-DD' value={to} onChange={setTo} />
      <Button className='nx-big-button hours-certificate-submit' type='primary' block loading={busy} onClick={() => submit({ name, from, to })}>
        开具证明
      </Button>
    </View>
  )
}
