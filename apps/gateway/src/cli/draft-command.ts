import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { draftBundleFromFile } from '@chidao/app'
import { Command } from '@commander-js/extra-typings'
import { draftText } from '../draft-text.js'
import { asOperator, commandTenant } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import { outOption, tenantOption } from './command-options.js'
import { prose } from './help-text.js'

export const draftCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('draft')
    .summary('draft a bundle from a programme or plan (Word, PDF, text) for review')
    .description(
      prose(`
Reads a programme, plan or annex — Word (.docx), PDF with a text layer, or text (.txt) — and
drafts a bundle from it: the document's symbol, date, issuer and title, the documents it
cites, and its tasks with reference, lead, coordinators, deadline as written and reporting
duty, the organisations named matched to the tenant's (or proposed as new). Writes YAML that
starts with what drafting was unsure of, each point with its place in the document. Writes
nothing to the database: check the draft, correct it, then \`chidao validate\` and
\`chidao import\` it (docs/intake.md).`),
    )
    .argument('<file>', 'the document: .docx, .pdf or .txt')
    .addOption(outOption('the draft (YAML)'))
    .addOption(tenantOption())
    .action(async (file, options) => {
      // Loaded here: the readers (PDF.js among them) are needed by this command only.
      const { readIntakeBytes } = await import('@chidao/intake')
      const read = await readIntakeBytes(file)
      if (!read.ok) {
        const e = read.error
        stderr.write(`${file}: [${e.code}] ${e.message} / ${e.messageVi}\n`)
        return fail()
      }
      const { settings, tenantId: tenant } = commandTenant(config, options.tenant)
      // The API's draftBundle takes this path too: the file read by the use case's reader.
      const drafted = await asOperator(settings, 'draft', tenant, (context) =>
        draftBundleFromFile(context, { fileName: basename(file), content: read.value }),
      )
      if (!drafted.ok) {
        const { code, message, messageVi } = drafted.error
        stderr.write(`${file}: [${code}] ${message} / ${messageVi}\n`)
        return fail()
      }
      if (drafted.value.bundle.tenant.name === tenant) {
        stderr.write(
          `The database holds no tenant "${tenant}" yet: its id stands in for its name (tenant.name) in the draft / Cơ sở dữ liệu chưa có đơn vị "${tenant}": dự thảo tạm ghi mã đơn vị làm tên (tenant.name)\n`,
        )
      }
      const draft = drafted.value
      const text = draftText(draft)
      const summary = `${draft.tasks.length} tasks, ${draft.proposedOrganizations.length} proposed organisations, ${draft.doubts.length} points to check${draft.validated.ok ? '' : `, ${draft.validated.error.length} problem(s) before it validates`}`
      if (options.out) {
        await writeFile(options.out, text)
        stdout.write(
          `Drafted ${summary} from ${file} to ${options.out}: review it, then \`chidao validate ${options.out}\`\n`,
        )
      } else {
        stdout.write(text)
      }
    })
