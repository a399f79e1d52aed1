import { REPORT_KIND_LABELS, REPORT_KINDS } from '@chidao/domain'
import { type FormEvent, useState } from 'react'
import { Button, Label, Radio, RadioGroup } from 'react-aria-components'
import { labelIn } from '../../format/format.js'
import { DayField } from '../../forms/day-field.js'
import { useI18n } from '../../i18n/i18n.js'

/** What the leader asks to draft: the kind, the period, the layout of the DOCX. */
export interface ReportRequest {
  readonly kind: string
  readonly from: string
  readonly to: string
  /** `''` for the layout the issuer's records call for, else `party` or `state`. */
  readonly layout: string
}

/** The form that asks for a draft: kind (báo cáo định kỳ, sơ kết, tổng kết), period, layout. */
export function ReportDraftForm({
  initial,
  onDraft,
}: {
  readonly initial: ReportRequest
  readonly onDraft: (request: ReportRequest) => void
}) {
  const { t, language } = useI18n()
  const [draft, setDraft] = useState(initial)
  const backwards = draft.from !== '' && draft.to !== '' && draft.from > draft.to
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!backwards) onDraft(draft)
  }
  const set = (key: keyof ReportRequest) => (value: string) => setDraft({ ...draft, [key]: value })
  return (
    <form className="filters" onSubmit={submit}>
      <RadioGroup value={draft.kind} onChange={set('kind')} orientation="horizontal">
        <Label>{t('reportKind')}</Label>
        {REPORT_KINDS.map((kind) => (
          <Radio key={kind} value={kind}>
            {labelIn(REPORT_KIND_LABELS[kind], language)}
          </Radio>
        ))}
      </RadioGroup>
      <DayField
        label={t('reportFrom')}
        value={draft.from || undefined}
        onChange={(day) => set('from')(day ?? '')}
      />
      <DayField
        label={t('reportTo')}
        value={draft.to || undefined}
        onChange={(day) => set('to')(day ?? '')}
        error={backwards ? t('reportInvalidPeriod') : null}
      />
      <RadioGroup value={draft.layout} onChange={set('layout')} orientation="horizontal">
        <Label>{t('reportLayout')}</Label>
        <Radio value="">{t('reportLayoutAuto')}</Radio>
        <Radio value="party">{t('reportLayoutParty')}</Radio>
        <Radio value="state">{t('reportLayoutState')}</Radio>
      </RadioGroup>
      <Button type="submit">{t('reportDraft')}</Button>
    </form>
  )
}
