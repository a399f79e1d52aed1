import { formatVietnameseDate, type IsoDate } from '@chidao/domain'
import type { Language } from '../i18n/messages.js'

const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * A calendar day as the reader writes it: `20/11/2020` in Vietnamese (the domain's short
 * style without its leading "ngày"), `20 Nov 2020` in English.
 */
export function formatDay(date: string, language: Language): string {
  if (language === 'en') return ENGLISH_DATE.format(new Date(`${date}T00:00:00Z`))
  return formatVietnameseDate(date as IsoDate).replace(/^ngày /, '')
}

/** A bilingual label in the reader's language. */
export function labelIn(label: { readonly vi: string; readonly en: string }, language: Language) {
  return label[language]
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })

/** Today's date in Vietnam, as an ISO day: the day the gateway judges deadlines on. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now)
}
