import { ctr68Mixed } from './ctr-68-nq-mixed.js'
import { ctr93TextTasks } from './ctr-93-kl-text-tasks.js'
import type { CorpusDocument } from './expected-task.js'
import { kh05Communes } from './kh-05-ct-communes.js'
import { kh57AnnexTable } from './kh-57-nq-annex-table.js'
import { khDuXaBinhAnUntuned } from './kh-du-xa-binh-an-untuned.js'
import { khUbndLuatDuLieu } from './kh-ubnd-luat-du-lieu.js'

/** The corpus of programmes and plans, with the tasks a person reads in each. */
export const CORPUS: readonly CorpusDocument[] = [
  ctr93TextTasks,
  kh57AnnexTable,
  ctr68Mixed,
  kh05Communes,
  khUbndLuatDuLieu,
  khDuXaBinhAnUntuned,
]
