import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { BadgeVerification } from '@/types/badges'
import { BADGE_VERDICT_LABELS } from '@/types/badges.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { Empty } from '@/src/shared/ui/nutui'
import { BadgeCard } from '@/src/features/badges/components/BadgeCard'
import { CodeReader } from '@/src/features/badges/components/CodeReader'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { CertificateVerdict, isHoursCertificateCode } from '@/src/features/hours/CertificateVerdict'
import type { HoursCertificateVerification } from '@/types/hours'
import './index.scss'

/** Anyone checks a staff badge: genuine and current, or plainly "not valid". */
export default function VerifyBadgePage() {
  const [checking, setChecking] = useState(false)
  const [result, setResult] = useState<BadgeVerification | null>(null)
  // The same scanner checks a volunteer's 时长证明 (its code starts NXH1.).
  const [certificate, setCertificate] = useState<HoursCertificateVerification | null>(null)
  const [error, setError] = useState<string | null>(null)

  const check = async (code: string) => {
    if (!code.trim()) return
    setChecking(true)
    setError(null)
    setResult(null)
    setCertificate(null)
    try {
      if (isHoursCertificateCode(code)) setCertificate(await callApi('hours.verifyCertificate', { code }))
      else setResult(await callApi('badges.verify', { code }))
    } catch (err) {
      setError(toApiCallError(err).message)
    } finally {
      setChecking(false)
    }
  }
  return (
    <View className='verify-badge-page'>
      <PrivacyPopup />
      <CodeReader checking={checking} onCode={check} />

      {error && <Empty status='error' title='没能验证' description={error} />}
      {certificate && <CertificateVerdict result={certificate} />}
      {result && (
        <View className={`verify-result verify-result--${result.valid ? 'valid' : 'invalid'}`}>
          <Text className='verify-verdict'>
            {result.valid ? '✔ ' : '✘ '}
            {BADGE_VERDICT_LABELS[result.verdict]}
          </Text>
          {result.badge && <BadgeCard badge={result.badge} />}
        </View>
      )}
    </View>
  )
}
