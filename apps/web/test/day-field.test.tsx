import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { calendarDayOf, DayField } from '../src/forms/day-field.js'
import { I18nProvider } from '../src/i18n/i18n.js'
import type { Language } from '../src/i18n/messages.js'

/** A day field holding its own value, reporting each change as the page would receive it. */
function Harness({ initial, seen }: { initial?: string; seen: (string | undefined)[] }) {
  const [day, setDay] = useState(initial)
  return (
    <DayField
      label="Hạn từ ngày"
      value={day}
      onChange={(next) => {
        seen.push(next)
        setDay(next)
      }}
    />
  )
}

function renderField(initial: string | undefined, language: Language = 'vi') {
  const seen: (string | undefined)[] = []
  render(
    <I18nProvider initial={language}>
      <Harness {...(initial ? { initial } : {})} seen={seen} />
    </I18nProvider>,
  )
  const group = screen.getByRole('group', { name: 'Hạn từ ngày' })
  const segments = within(group).getAllByRole('spinbutton')
  return { seen, group, segments }
}

/** The text a person sees in the field, separators included. */
const shown = (group: HTMLElement) => group.textContent?.replace(/[\u2066-\u2069\u200e]/g, '')

afterEach(cleanup)

describe('DayField', () => {
  it('reads a day as Vietnamese write it: day, month, year', () => {
    const { group, segments } = renderField('2026-03-05')
    expect(shown(group)).toBe('05/03/2026')
    expect(segments.map((segment) => segment.getAttribute('aria-valuenow'))).toEqual([
      '5',
      '3',
      '2026',
    ])
  })

  it('puts the day first in English too, never the month', () => {
    const { group } = renderField('2026-03-05', 'en')
    expect(shown(group)).toBe('05/03/2026')
  })

  it('changes a segment from the keyboard and hands back an ISO day', () => {
    const { seen, group, segments } = renderField('2026-12-31')
    fireEvent.keyDown(segments[0]!, { key: 'ArrowUp' })
    // The day wraps within its month; month and year are left alone.
    expect(seen).toEqual(['2026-12-01'])
    expect(shown(group)).toBe('01/12/2026')
    fireEvent.keyDown(segments[1]!, { key: 'ArrowDown' })
    expect(seen.at(-1)).toBe('2026-11-01')
  })

  it('shows empty segments for no day, and ignores an address that is not one', () => {
    const { group } = renderField(undefined)
    expect(shown(group)).toBe('dd/mm/yyyy')
    expect(calendarDayOf('2026-02-31')).toBeNull()
    expect(calendarDayOf('07/12/2026')).toBeNull()
    expect(calendarDayOf('2026-12-07')?.toString()).toBe('2026-12-07')
  })
})
