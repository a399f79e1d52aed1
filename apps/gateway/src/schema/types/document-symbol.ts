import type { DocumentSymbol } from '@chidao/domain'
import { builder } from '../../builder.js'

/** A document number and symbol (số và ký hiệu) in its parts. */
export const DocumentSymbolRef = builder.objectRef<DocumentSymbol>('DocumentSymbol').implement({
  description:
    'A document number and symbol (số và ký hiệu), e.g. 93-KL/TW or 40/2024/QĐ-UBND, in its parts.',
  fields: (t) => ({
    system: t.exposeString('system', { description: 'PARTY or STATE numbering.' }),
    number: t.exposeInt('number'),
    year: t.exposeInt('year', { nullable: true, description: '2024 in 40/2024/QĐ-UBND.' }),
    typeCode: t.exposeString('typeCode', {
      nullable: true,
      description: 'Canonical type code (KL, CTr, QĐ); null for official letters and laws.',
    }),
    issuerCode: t.exposeString('issuerCode', { description: 'TW, TU, UBND-NC, QH15…' }),
    warnings: t.exposeStringList('warnings', {
      description: 'Each normalisation applied to noisy input; empty for clean input.',
    }),
  }),
})
