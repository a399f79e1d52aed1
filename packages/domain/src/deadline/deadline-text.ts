/** The words that may lead a deadline and say nothing of it: verbs, `chậm nhất`, `trước`… */
const PREFIX =
  /^(?:chậm nhất(?: là)?|muộn nhất(?: là)?|hoàn thành|hoàn thiện|thực hiện|triển khai|tổ chức|báo cáo|xong|trước|trong|vào|đến|tới|hết|cuối|hạn chót|thời hạn|thời gian|hạn|là)(?=[\s:,]|$)[\s:,]*|^[:,\-–]\s*/u

/**
 * Lower case, spelling variants folded, so that one grammar reads every form.
 *
 * @example
 * ```ts
 * normaliseDeadlineText('Hàng Quí') // 'hằng quý'
 * ```
 */
export function normaliseDeadlineText(clean: string): string {
  return clean
    .toLowerCase()
    .replace(/[.;,:]+$/u, '')
    .replace(/qu[íý]|qúy/gu, 'quý')
    .replace(/\bhàng (?=tháng|quý|năm)/gu, 'hằng ')
    .replace(/định kì/gu, 'định kỳ')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * The text without the words that may lead it (`hoàn thành trước`, `chậm nhất là`…).
 *
 * @example
 * ```ts
 * stripDeadlinePrefixes('hoàn thành trước ngày 31/8') // 'ngày 31/8'
 * ```
 */
export function stripDeadlinePrefixes(text: string): string {
  let rest = text
  for (let i = 0; i < 10; i++) {
    const next = rest.replace(PREFIX, '')
    if (next === rest) break
    rest = next
  }
  return rest
}
