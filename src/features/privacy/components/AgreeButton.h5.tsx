// h5 (the local debug build; the mini-program takes AgreeButton.tsx): a plain button, the consent is ours to keep.
import { Button } from '@tarojs/components'
import { AGREE_BUTTON_ID, answerPrivacyRequest } from '../privacyConsent'

/** 同意: a tap accepts the guide (privacyConsent.ts remembers it in the browser). */
export function AgreeButton() {
  return (
    <Button id={AGREE_BUTTON_ID} className='privacy-popup__button privacy-popup__button--agree privacy-agree' onClick={() => answerPrivacyRequest(true)}>
      同意
    </Button>
  )
}
