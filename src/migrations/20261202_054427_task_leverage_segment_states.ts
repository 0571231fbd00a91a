import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`translations\` ADD \`leverage\` text;`)
  await db.run(sql`ALTER TABLE \`translations\` ADD \`segment_states\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`translations\` DROP COLUMN \`leverage\`;`)
  await db.run(sql`ALTER TABLE \`translations\` DROP COLUMN \`segment_states\`;`)
}
