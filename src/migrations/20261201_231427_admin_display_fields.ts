import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { sourceDisplayTitle } from '@/lib/sourceReference'
import { renameTasks, sourceQuestion } from '@/workflow/services/taskTitles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sources\` ADD \`display_title\` text;`)
  await db.run(sql`ALTER TABLE \`translations\` ADD \`title\` text;`)

  // Fill the two derived titles of what exists already (the hooks keep them from now on).
  const sources = await payload.find({ collection: 'sources', depth: 0, pagination: false, overrideAccess: true, req })
  for (const source of sources.docs) {
    await payload.db.updateOne({ collection: 'sources', id: source.id, data: { displayTitle: sourceDisplayTitle(source) }, req })
  }
  const tasks = await payload.find({
    collection: 'translations',
    depth: 0,
    pagination: false,
    select: { article: true },
    overrideAccess: true,
    req,
  })
  const articles = new Set(tasks.docs.map((task) => (typeof task.article === 'object' ? task.article.id : task.article)))
  for (const articleId of articles) {
    const question = await sourceQuestion(req, articleId)
    if (question) await renameTasks(req, articleId, question)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`display_title\`;`)
  await db.run(sql`ALTER TABLE \`translations\` DROP COLUMN \`title\`;`)
}
