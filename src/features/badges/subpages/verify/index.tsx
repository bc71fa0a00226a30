import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { BadgeVerification } from '@/types/badges'
import { BADGE_VERDICT_LABELS } from '@/types/badges.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'
import { BadgeCard } from '@/src/features/badges/components/BadgeCard'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { CertificateVerdict, isHoursCertificateCode } from '@/src/features/hours/CertificateVerdict'
import type { HoursCertificateVerification } from '@/types/hours'
import './index.scss'

const isH5 = process.env.TARO_ENV === 'h5'

/** Anyone checks a staff badge: genuine and current, or plainly "not valid". */
export default function VerifyBadgePage() {
  const [pasted, setPasted] = useState('')
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
  const scan = async () => {
    try {
      const { result: code } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await check(code)
    } catch {
      // The person closed the camera: nothing to say.
    }
  }

  return (
    <View className='verify-badge-page'>
      <PrivacyPopup />
      {isH5 ? (
        <View className='verify-paste'>
          <Text className='verify-paste__label'>本地调试：浏览器里没有扫码，请粘贴工作牌二维码内容</Text>
          <TextArea className='verify-code-input' value={pasted} onChange={setPasted} placeholder='NXB1.…' maxLength={300} />
          <Button className='nx-big-button verify-button' type='primary' block loading={checking} onClick={() => check(pasted)}>
            验证
          </Button>
        </View>
      ) : (
        <Button className='nx-big-button scan-button' type='primary' block loading={checking} onClick={scan}>
          扫一扫工作牌
        </Button>
      )}

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
