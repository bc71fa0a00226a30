import { Text, View } from '@tarojs/components'
import type { HoursCertificateVerification } from '@/types/hours'
import { minutesText } from '../teams/format'

/** A QR of a 时长证明 (`NXH1.…`, hours/certificateCode.ts), as opposed to a badge's `NXB1.…`. */
export const isHoursCertificateCode = (code: string) => code.trim().startsWith('NXH1.')

const VERDICT_LABELS: Record<HoursCertificateVerification['verdict'], string> = {
  valid: '时长证明有效',
  tampered: '二维码不是暖新街区开具的',
  unknown: '没有这份时长证明的记录',
}

/** What a scanned 时长证明 states, or why it is not valid. */
export function CertificateVerdict({ result }: { result: HoursCertificateVerification }) {
  const c = result.certificate
  return (
    <View className={`verify-result verify-result--${result.valid ? 'valid' : 'invalid'} verify-certificate`}>
      <Text className='verify-verdict'>
        {result.valid ? '✔ ' : '✘ '}
        {VERDICT_LABELS[result.verdict]}
      </Text>
      {c && (
        <Text className='verify-certificate-text'>
          {c.name}：{c.from} 至 {c.to} 参加志愿服务 {c.activities.length} 次，累计 {minutesText(c.totalMinutes)}（开具于 {c.issuedAt.slice(0, 10)}）
        </Text>
      )}
    </View>
  )
}
