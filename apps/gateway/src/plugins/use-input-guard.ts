import type { ASTVisitor, GraphQLError, ValidationContext } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'

function refusal(
  code: string,
  en: string,
  vi: string,
  options: { readonly path?: readonly string[]; readonly limit?: number } = {},
): GraphQLError {
  return queryError(
    { code, en, vi },
    {
      ...(options.path ? { path: options.path } : {}),
      extensions: {
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
        http: { status: 400 },
      },
    },
  )
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function tooDeep(maxDepth: number, where: string): GraphQLError {
  return refusal(
    'INPUT_TOO_DEEP',
    `Input nested deeper than the limit of ${maxDepth} levels (CHIDAO_MAX_INPUT_DEPTH) at ${where}`,
    `Dữ liệu vào lồng nhau sâu quá giới hạn ${maxDepth} cấp (CHIDAO_MAX_INPUT_DEPTH) tại ${where}`,
    { limit: maxDepth },
  )
}

function path(parts: readonly (string | number)[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? `$${p}` : `.${p}`))
    .join('')
}

/**
 * Checks the variables of a request without recursion (a value nested a million levels deep
 * must not exhaust the stack here either): nesting at most `maxDepth` objects and lists, and
 * text that PostgreSQL can store — no NUL character (U+0000) and well-formed UTF-16 (no lone
 * surrogate, which the drivers would silently turn into U+FFFD). The first problem found is
 * returned, naming the variable's path.
 */
export function inputProblem(variables: unknown, maxDepth: number): GraphQLError | null {
  const stack: { value: unknown; depth: number; at: (string | number)[] }[] = [
    { value: variables, depth: 0, at: [] },
  ]
  while (stack.length > 0) {
    const { value, depth, at } = stack.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return refusal(
          'INVALID_TEXT',
          `Text may not contain the NUL character (U+0000), at ${path(at)}`,
          `Văn bản không được chứa ký tự NUL (U+0000), tại ${path(at)}`,
          { path: at.map(String) },
        )
      }
      if (LONE_SURROGATE.test(value)) {
        return refusal(
          'INVALID_TEXT',
          `Text is not well-formed Unicode (a lone surrogate), at ${path(at)}`,
          `Văn bản không phải Unicode hợp lệ (nửa cặp thay thế lẻ), tại ${path(at)}`,
          { path: at.map(String) },
        )
      }
    } else if (value !== null && typeof value === 'object') {
      // The variables object itself is level 0; `$input` is level 1.
      if (depth > maxDepth) return tooDeep(maxDepth, path(at))
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : Object.entries(value)
      for (const [key, child] of entries) {
        stack.push({ value: child, depth: depth + 1, at: [...at, key] })
      }
    }
  }
  return null
}

/** A validation rule: literal objects and lists in the document nest at most `maxDepth`. */
function literalDepthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    let depth = 0
    let reported = false
    const enter = () => {
      depth++
      if (depth > maxDepth && !reported) {
        reported = true
        context.reportError(tooDeep(maxDepth, 'a literal in the document'))
      }
    }
    const leave = () => {
      depth--
    }
    return {
      ObjectValue: { enter, leave },
      ListValue: { enter, leave },
    }
  }
}

/**
 * Refuses, before anything runs, input the rest of the gateway must never see: variables or
 * literals nested deeper than `maxDepth` (graphql-js coerces input recursively: at about a
 * thousand levels it overflowed the stack and answered 500), and text with a NUL character or
 * a lone surrogate (PostgreSQL refuses the first with an error, the drivers silently replace
 * the second). Each refusal is a 400 naming the limit or the variable's path.
 */
export function useInputGuard(maxDepth: number): Plugin {
  return {
    onParams({ params }) {
      const problem = inputProblem(params.variables ?? null, maxDepth)
      if (problem) throw problem
      if (params.query && /\\u(?:0000|\{0+\})/i.test(params.query)) {
        throw refusal(
          'INVALID_TEXT',
          'Text may not contain the NUL character (U+0000), in a literal of the document',
          'Văn bản không được chứa ký tự NUL (U+0000), trong một giá trị của tài liệu truy vấn',
        )
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(literalDepthRule(maxDepth))
    },
  }
}
