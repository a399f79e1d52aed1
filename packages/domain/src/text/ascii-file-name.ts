/**
 * A file name in plain ASCII, for where a Vietnamese name cannot go (the `filename=` of a
 * `Content-Disposition` header, an old file server): tone and vowel marks stripped, `đ`/`Đ` as
 * `d`/`D`, and every other character but letters, digits, `.`, `_` and `-` as `_`. The
 * Vietnamese name itself goes beside it wherever it can (`filename*=UTF-8''…`).
 *
 * @example
 * ```ts
 * asciiFileName('sơ-kết-06-CTr-TU-2026-12-07.docx') // 'so-ket-06-CTr-TU-2026-12-07.docx'
 * asciiFileName('MẬT-Tổng kết Đảng ủy.docx') // 'MAT-Tong_ket_Dang_uy.docx'
 * ```
 */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .replace(/[^A-Za-z0-9._-]/g, '_')
}
