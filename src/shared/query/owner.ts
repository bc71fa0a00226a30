/** Whose answers the device keeps: on weapp WeChat keeps each user's storage apart, so one name does. See owner.h5.ts. */
export const deviceOwner = (): string => 'me'
