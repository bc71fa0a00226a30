import Taro from '@tarojs/taro'
import type { ResourceView } from '@/types/resources'
import { Cell, CellGroup } from '@/src/shared/ui/nutui'

const copy = (label: string, data: string) => Taro.setClipboardData({ data }).then(() => Taro.showToast({ title: `${label}已复制`, icon: 'none' }))

/** Who to contact and how: one tap to call, one tap to copy. The phones are organisations’ service numbers. */
export function ContactCells({ resource }: { resource: ResourceView }) {
  const { contactName, phone, address, hours, link } = resource
  if (!contactName && !phone && !address && !hours && !link) return null
  return (
    <CellGroup className='resource-contact'>
      {contactName && <Cell className='resource-contact-name' title='联系' extra={contactName} />}
      {phone && (
        <>
          <Cell className='resource-call' title='电话' extra={`${phone}  拨打`} clickable onClick={() => Taro.makePhoneCall({ phoneNumber: phone })} />
          <Cell className='resource-copy-phone' title='复制电话' extra='复制' clickable onClick={() => copy('电话', phone)} />
        </>
      )}
      {address && <Cell className='resource-address' title='地址' description={address} extra='复制' clickable onClick={() => copy('地址', address)} />}
      {hours && <Cell className='resource-hours' title='办理时间' extra={hours} />}
      {link && <Cell className='resource-link' title='网上办理' description={link} extra='复制链接' clickable onClick={() => copy('链接', link)} />}
    </CellGroup>
  )
}
