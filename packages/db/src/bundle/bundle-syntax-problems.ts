import type { BundleProblem } from '@chidao/app'
import type { LineCounter, YAMLError } from 'yaml'

/**
 * Tells whether a bundle is JSON rather than YAML: by its file name, or, for a text with no
 * `.json`/`.yaml` name, by its first character. JSON is then read as JSON, so that its syntax
 * errors are worded as JSON's (YAML 1.2 would accept a JSON file with a trailing comma).
 */
export function isJsonBundle(text: string, file: string): boolean {
  if (/\.json$/i.test(file)) return true
  if (/\.ya?ml$/i.test(file)) return false
  return /^\s*[{[]/.test(text)
}

// V8's JSON.parse messages (Node 20 to 24), each with what it means in Vietnamese.
const JSON_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [
    /^Expected double-quoted property name/,
    'cần tên thuộc tính trong dấu ngoặc kép (có dấu phẩy thừa trước dấu } không?)',
  ],
  [/^Expected ',' or '}' after property value/, 'thiếu dấu phẩy hoặc dấu } sau giá trị'],
  [/^Expected ',' or ']' after array element/, 'thiếu dấu phẩy hoặc dấu ] sau phần tử'],
  [/^Expected ':' after property name/, 'thiếu dấu hai chấm sau tên thuộc tính'],
  [/^Unexpected end of JSON input/, 'văn bản kết thúc khi JSON chưa đầy đủ (thiếu dấu } hoặc ])'],
  [/^Unexpected non-whitespace character after JSON/, 'còn ký tự sau khi JSON đã kết thúc'],
  [
    /^Bad control character in string literal/,
    'chuỗi có ký tự điều khiển (xuống dòng trong chuỗi phải viết \\n)',
  ],
  [/^Bad (escaped character|Unicode escape)/, 'chuỗi có ký tự thoát (\\) không hợp lệ'],
  [/^Unterminated string/, 'chuỗi chưa đóng dấu ngoặc kép'],
  [/^(Unexpected token|"[^"]*" is not valid JSON)/, 'có ký tự không đúng chỗ'],
  [/^Unexpected number/, 'có số không đúng chỗ'],
  [/^Unexpected string/, 'có chuỗi không đúng chỗ'],
]

/**
 * The syntax error of a JSON bundle, located by line and column, worded as JSON's in English
 * (V8's own words) and in Vietnamese; `null` when the text is valid JSON.
 */
export function jsonSyntaxProblem(text: string, file: string): BundleProblem | null {
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    const raw = error.message
    const what = raw
      .replace(/\s*(in JSON )?at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '')
    const position = Number(/position (\d+)/.exec(raw)?.[1] ?? text.length)
    const { line, column } = lineAndColumn(text, Math.min(position, text.length))
    const vi =
      JSON_MESSAGES.find(([pattern]) => pattern.test(what))?.[1] ?? 'cú pháp JSON không hợp lệ'
    const shown = text[position]
    const at = shown === undefined || /\s/.test(shown) ? '' : ` (${JSON.stringify(shown)})`
    return {
      file,
      line,
      column,
      path: '',
      code: 'SYNTAX_ERROR',
      message: `JSON syntax error: ${what}${at}`,
      messageVi: `Lỗi cú pháp JSON: ${vi}${at}`,
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1 }
}

// What each error of the yaml package means, in Vietnamese (its `code`).
const YAML_MESSAGES: Readonly<Record<string, string>> = {
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề (YAML chỉ cho phép dấu cách)',
  BLOCK_AS_IMPLICIT_KEY: 'khối lồng không đúng chỗ (kiểm tra thụt lề của dòng này)',
  MULTILINE_IMPLICIT_KEY: 'tên khóa phải nằm trên một dòng (thiếu dấu hai chấm hoặc thụt lề sai?)',
  MISSING_CHAR: 'thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt: hãy đặt giá trị trong dấu nháy',
  BAD_DQ_ESCAPE: 'chuỗi trong dấu nháy kép có ký tự thoát (\\) không hợp lệ',
  BLOCK_IN_FLOW: 'khối nhiều dòng bên trong [ ] hoặc { }',
  BAD_ALIAS: 'bí danh (*tên) không hợp lệ',
  ALIAS_PROPS: 'bí danh (*tên) không được mang thẻ hoặc neo',
  BAD_PROP_ORDER: 'thẻ hoặc neo đặt sai thứ tự',
  MULTIPLE_ANCHORS: 'một giá trị có nhiều neo (&tên)',
  MULTIPLE_TAGS: 'một giá trị có nhiều thẻ (!thẻ)',
  MULTIPLE_DOCS: 'tệp có nhiều tài liệu YAML (dấu ---): một gói dữ liệu chỉ là một tài liệu',
  BAD_DIRECTIVE: 'chỉ thị YAML (%) không hợp lệ',
  NON_STRING_KEY: 'tên khóa phải là chuỗi ký tự',
  KEY_OVER_1024_CHARS: 'tên khóa dài quá 1024 ký tự',
  TAG_RESOLVE_FAILED: 'không hiểu thẻ (!thẻ) của giá trị',
  BAD_COLLECTION_TYPE: 'kiểu danh sách hoặc bảng không hợp lệ',
  IMPOSSIBLE: 'cấu trúc YAML không hợp lệ',
}

/**
 * The syntax errors of a YAML bundle as problems: the first one, with the number of the errors
 * after it that it most likely caused folded into it (one misplaced indent makes several); and
 * every duplicate key, each a mistake of its own. Worded in English by the yaml package and in
 * Vietnamese here; located by line and column.
 */
export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
  file: string,
  keyAt: (offset: number) => string | null,
): BundleProblem[] {
  const located = (e: YAMLError) => {
    // prettyErrors is off (it would copy source lines into the message): locate by offset.
    const at = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0])
    return { file, line: at?.line ?? null, column: at?.col ?? null, path: '' }
  }
  const duplicates = errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e): BundleProblem => {
      const key = JSON.stringify(keyAt(e.pos[0]) ?? '?')
      return {
        ...located(e),
        code: 'DUPLICATE_FIELD',
        message: `Duplicate key ${key}: ${e.message.split('\n')[0]}`,
        messageVi: `Khóa bị lặp ${key}: các khóa trong một bảng phải khác nhau`,
      }
    })
  const syntax = errors.filter((e) => e.code !== 'DUPLICATE_KEY')
  const first = syntax[0]
  if (first === undefined) return duplicates
  const more = syntax.length - 1
  const folded =
    more === 0
      ? { en: '', vi: '' }
      : {
          en: ` (and ${more} more syntax error${more === 1 ? '' : 's'} after it, most likely caused by this one)`,
          vi: ` (và ${more} lỗi cú pháp phía sau, nhiều khả năng do lỗi này gây ra)`,
        }
  return [
    {
      ...located(first),
      code: 'SYNTAX_ERROR',
      message: `YAML syntax error: ${first.message.split('\n')[0]}${folded.en}`,
      messageVi: `Lỗi cú pháp YAML: ${YAML_MESSAGES[first.code] ?? YAML_MESSAGES.IMPOSSIBLE}${folded.vi}`,
    },
    ...duplicates,
  ]
}

/**
 * Problems in the order of the file: by line, then column; those not tied to a place (the file
 * too large, unreadable) first. The order is stable for problems at the same place.
 */
export function byPlaceInFile(problems: readonly BundleProblem[]): BundleProblem[] {
  return [...problems].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  )
}
