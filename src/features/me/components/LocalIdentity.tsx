// weapp (Taro's default file; the h5 build takes LocalIdentity.h5.tsx): the person is who WeChat says.

/** h5 only: the local debug identity switcher. Renders nothing in the mini-program (and its code is not in the build). */
export function LocalIdentity() {
  return null
}
