// h5 (the local debug build; the mini-program takes LocalIdentity.tsx): who the local cloud thinks you are.
import { LocalIdentitySwitcher } from './LocalIdentitySwitcher'

/** The local debug identity switcher (LocalIdentitySwitcher.tsx). */
export function LocalIdentity() {
  return <LocalIdentitySwitcher />
}
