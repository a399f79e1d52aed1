import {
  DEFAULT_URGING_PREFERENCES,
  DEFAULT_URGING_RULES,
  type OrganizationId,
  type UrgingPreferences,
  type UrgingRules,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  publicHolidays,
  type SetPublicHolidaysPorts,
  type SetUrgingPreferencesPorts,
  type SetUrgingRulesPorts,
  setPublicHolidays,
  setUrgingPreferences,
  setUrgingRules,
} from '../../src/index.js'
import { failureOf, successOf } from '../support/result-of.js'
import {
  caller,
  contextOf,
  never,
  organizationReader,
  SKHCN,
  TREE,
  TU,
  UBND_TINH,
} from '../support/use-case-fixtures.js'

function rulesPorts(written: { rules: UrgingRules; version: number }[]): SetUrgingRulesPorts {
  return {
    urging: {
      rules: async () => ({ rules: { ...DEFAULT_URGING_RULES, overdueRepeatDays: 5 }, version: 2 }),
      setRules: async (rules, version) => {
        written.push({ rules, version })
        return { ok: true, value: { rules, version: version + 1 } }
      },
    },
  }
}

describe('setUrgingRules', () => {
  it('refuses anyone but an ADMIN before anything is read or written', async () => {
    const ports: SetUrgingRulesPorts = {
      urging: { rules: never('urging.rules'), setRules: never('urging.setRules') },
    }
    const result = await setUrgingRules(contextOf(ports, caller('EDITOR', 'TU', 'TUYET_MAT')), {
      version: 0,
    })
    expect(failureOf(result)[0]).toBe('FORBIDDEN')
  })

  it('keeps the rules not given and writes at the version read', async () => {
    const written: { rules: UrgingRules; version: number }[] = []
    const result = await setUrgingRules(contextOf(rulesPorts(written), caller('ADMIN', null)), {
      version: 2,
      escalateAfterDays: 10,
      dueSoonDays: [1, 3],
    })
    expect(successOf(result).version).toBe(3)
    expect(written).toEqual([
      {
        rules: {
          ...DEFAULT_URGING_RULES,
          overdueRepeatDays: 5,
          escalateAfterDays: 10,
          dueSoonDays: [3, 1],
        },
        version: 2,
      },
    ])
  })

  it('refuses rules the domain refuses, naming the field, and writes nothing', async () => {
    const written: { rules: UrgingRules; version: number }[] = []
    const result = await setUrgingRules(contextOf(rulesPorts(written), caller('ADMIN', null)), {
      version: 2,
      digestTime: '25:00',
    })
    expect(failureOf(result)).toEqual(['INVALID_URGING_RULES', ['digestTime']])
    expect(written).toEqual([])
  })
})

describe('setUrgingPreferences', () => {
  function ports(written: UrgingPreferences[]): SetUrgingPreferencesPorts {
    const reader = organizationReader()
    return {
      organizations: {
        ...reader,
        findById: async (id) => TREE.find((o) => o.id === id) ?? null,
      },
      urging: {
        preferences: async (ids) =>
          ids.map((organizationId) => ({
            organizationId: organizationId as OrganizationId,
            preferences: DEFAULT_URGING_PREFERENCES,
            version: 0,
          })),
        setPreferences: async (organizationId, preferences, version) => {
          written.push(preferences)
          return { ok: true, value: { organizationId, preferences, version: version + 1 } }
        },
      },
    }
  }

  it('lets an EDITOR set them for an organisation of its subtree, keeping what is not given', async () => {
    const written: UrgingPreferences[] = []
    const result = await setUrgingPreferences(
      contextOf(ports(written), caller('EDITOR', 'UBND-TINH')),
      {
        organizationCode: SKHCN.code,
        digest: true,
        version: 0,
      },
    )
    expect(successOf(result)).toMatchObject({ organizationId: SKHCN.id, version: 1 })
    expect(written).toEqual([{ digest: true, quietOnRestDays: false }])
  })

  it('refuses an EDITOR outside the subtree, and answers an unknown organisation as absent', async () => {
    const written: UrgingPreferences[] = []
    const outside = await setUrgingPreferences(contextOf(ports(written), caller('EDITOR', 'TU')), {
      organizationId: UBND_TINH.id,
      quietOnRestDays: true,
      version: 0,
    })
    expect(failureOf(outside)[0]).toBe('FORBIDDEN')
    const unknown = await setUrgingPreferences(contextOf(ports(written), caller('ADMIN', null)), {
      organizationCode: 'KHONG-CO',
      digest: true,
      version: 0,
    })
    expect(failureOf(unknown)).toEqual(['ORGANIZATION_NOT_FOUND', ['organizationCode']])
    const both = await setUrgingPreferences(contextOf(ports(written), caller('ADMIN', null)), {
      organizationId: TU.id,
      organizationCode: TU.code,
      digest: true,
      version: 0,
    })
    expect(failureOf(both)[0]).toBe('VALIDATION')
    expect(written).toEqual([])
  })
})

describe('public holidays', () => {
  it('are set by an ADMIN only, checked entry by entry', async () => {
    const ports: SetPublicHolidaysPorts = {
      urging: {
        setPublicHolidays: async (year, holidays, version) => ({
          ok: true,
          value: { year, holidays, own: holidays.length > 0, version: version + 1 },
        }),
      },
    }
    const tet = { date: '2027-02-08', name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year' } }
    const editor = await setPublicHolidays(contextOf(ports, caller('EDITOR', 'TU')), {
      year: 2027,
      holidays: [tet],
      version: 0,
    })
    expect(failureOf(editor)[0]).toBe('FORBIDDEN')
    const wrongYear = await setPublicHolidays(contextOf(ports, caller('ADMIN', null)), {
      year: 2026,
      holidays: [tet],
      version: 0,
    })
    expect(failureOf(wrongYear)).toEqual(['INVALID_PUBLIC_HOLIDAYS', ['holidays', 0, 'date']])
    const set = await setPublicHolidays(contextOf(ports, caller('ADMIN', null)), {
      year: 2027,
      holidays: [tet],
      version: 0,
    })
    expect(successOf(set)).toMatchObject({ own: true, version: 1 })
  })

  it('are read for a year, which must be one', async () => {
    const ports = {
      urging: {
        publicHolidays: async (year: number) => ({ year, holidays: [], own: false, version: 0 }),
      },
    }
    expect(
      failureOf(await publicHolidays(contextOf(ports, caller('VIEWER', 'TU')), { year: 20266 })),
    ).toEqual(['VALIDATION', ['year']])
    expect(
      successOf(await publicHolidays(contextOf(ports, caller('VIEWER', 'TU')), { year: 2026 }))
        .year,
    ).toBe(2026)
  })
})
