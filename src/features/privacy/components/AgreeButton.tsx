// weapp (Taro's default file; the h5 build takes AgreeButton.h5.tsx): WeChat's own agree button.
import { Button } from '@tarojs/components'
import { AGREE_BUTTON_ID, answerPrivacyRequest } from '../privacyConsent'

/** 同意: `open-type="agreePrivacyAuthorization"`, the button WeChat requires before it lets a privacy API through. */
export function AgreeButton() {
  return (
    <Button
      id={AGREE_BUTTON_ID}
      className='privacy-popup__button privacy-popup__button--agree privacy-agree'
      openType='agreePrivacyAuthorization'
      onAgreePrivacyAuthorization={() => answerPrivacyRequest(true)}
    >
      同意
    </Button>
  )
}
