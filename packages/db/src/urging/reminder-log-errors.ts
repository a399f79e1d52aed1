import { type DomainError, domainError } from '@chidao/domain'

/** The channel changed since the caller read it. */
export function channelConflict(expected: number, current: number): DomainError {
  return domainError(
    'CONFLICT',
    {
      en: `The channel was changed meanwhile: it is at version ${current}, not ${expected}; reload it and try again`,
      vi: `Kênh đã được cập nhật trong lúc đó: phiên bản hiện tại là ${current}, không phải ${expected}; hãy tải lại và thử lại`,
    },
    ['version'],
    current,
  )
}

/** Only a FAILED or DEAD delivery is sent again. */
export function notResendable(state: string): DomainError {
  return domainError(
    'DELIVERY_NOT_RESENDABLE',
    {
      en: `Only a failed or abandoned delivery is sent again; this one is ${state}`,
      vi: `Chỉ gửi lại lượt gửi thất bại hoặc đã ngừng thử; lượt này đang ở trạng thái ${state}`,
    },
    ['id'],
    state,
  )
}
