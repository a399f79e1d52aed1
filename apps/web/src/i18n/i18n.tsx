import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'
import { LANGUAGES, type Language, MESSAGES, type MessageKey } from './messages.js'

/** The language chosen and the words in it. */
export interface I18n {
  readonly language: Language
  readonly setLanguage: (language: Language) => void
  /** The message `key` in the chosen language. */
  readonly t: (key: MessageKey) => string
}

const STORAGE_KEY = 'chidao.language'

const I18nContext = createContext<I18n | null>(null)

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
  return LANGUAGES.find((language) => language === stored) ?? 'vi'
}

/** Holds the language (Vietnamese unless the person chose English) for everything below it. */
export function I18nProvider({
  children,
  initial,
}: {
  readonly children: ReactNode
  readonly initial?: Language
}) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? storedLanguage())
  const setLanguage = useCallback((next: Language) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next)
    setLanguageState(next)
  }, [])
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const t = useCallback((key: MessageKey) => MESSAGES[language][key], [language])
  return (
    <I18nContext.Provider value={{ language, setLanguage, t }}>{children}</I18nContext.Provider>
  )
}

/** The language and its words; only inside an {@link I18nProvider}. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n is used outside I18nProvider')
  return i18n
}
