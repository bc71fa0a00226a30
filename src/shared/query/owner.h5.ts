import { getLocalOpenid } from '../api/localIdentity'

/** The h5 build speaks as a switchable debug identity: keep each one's answers apart. */
export const deviceOwner = (): string => getLocalOpenid()
