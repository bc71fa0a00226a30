// weapp (Taro's default file; the h5 build takes AttendeeCheckin.h5.tsx): the camera reads the attendee's code.
import { Button } from '@/src/shared/ui/nutui'
import { scanCode } from './actions'

/** 扫码签到: scans an attendee's check-in code and hands it to `onCode`; closing the camera does nothing. */
export function AttendeeCheckin({ onCode }: { onCode: (code: string) => void }) {
  return (
    <Button
      className='nx-big-button'
      type='primary'
      block
      onClick={() =>
        scanCode().then(
          (code) => onCode(code),
          () => undefined,
        )
      }
    >
      扫码签到
    </Button>
  )
}
