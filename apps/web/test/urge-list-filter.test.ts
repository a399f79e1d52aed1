import { describe, expect, it } from 'vitest'
import { readUrgeListSearch, urgeListVariables } from '../src/pages/urge-list-filter.js'

describe('the urge list filter', () => {
  const today = '2026-12-07'

  it('asks the gateway for overdue work judged on today', () => {
    expect(urgeListVariables({ view: 'overdue' }, today)).toEqual({
      asOf: today,
      first: 50,
      filter: { timeliness: ['OVERDUE'] },
    })
  })

  it('reads "due soon" as open work due from today to 14 days on, narrowed by the dates set', () => {
    expect(urgeListVariables({ view: 'dueSoon' }, today).filter).toEqual({
      timeliness: ['IN_PROGRESS'],
      dueFrom: '2026-12-07',
      dueTo: '2026-12-21',
    })
    const narrowed = urgeListVariables(
      { view: 'dueSoon', dueFrom: '2026-12-10', dueTo: '2027-03-01' },
      today,
    )
    expect(narrowed.filter).toMatchObject({ dueFrom: '2026-12-10', dueTo: '2026-12-21' })
  })

  it('takes an organisation with the bodies below it and a document with those implementing it', () => {
    const filter = urgeListVariables(
      { view: 'overdue', organization: ' skhcn ', directive: '93-KL/TW' },
      today,
    ).filter
    expect(filter).toEqual({
      timeliness: ['OVERDUE'],
      involvedOrganizationCode: 'SKHCN',
      includeSubtree: true,
      directiveSymbol: '93-KL/TW',
      includeImplementing: true,
    })
  })

  it('reads the address bar, dropping what it does not know and dates that are not days', () => {
    expect(
      readUrgeListSearch({ view: 'dueSoon', organization: 'BTV-TU', dueTo: '31/12/2026', x: 1 }),
    ).toEqual({ view: 'dueSoon', organization: 'BTV-TU' })
    expect(readUrgeListSearch({})).toEqual({ view: 'overdue' })
  })
})
