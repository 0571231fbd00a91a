import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_jobs_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translation_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_languages_order_idx\` ON \`translation_jobs_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_languages_parent_idx\` ON \`translation_jobs_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`translation_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`instructions\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_assignee_idx\` ON \`translation_jobs\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_created_by_idx\` ON \`translation_jobs\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_updated_at_idx\` ON \`translation_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_created_at_idx\` ON \`translation_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`translation_jobs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`translations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translation_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translations_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_order_idx\` ON \`translation_jobs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_parent_idx\` ON \`translation_jobs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_path_idx\` ON \`translation_jobs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`translation_jobs_rels_translations_id_idx\` ON \`translation_jobs_rels\` (\`translations_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_jobs_id\` integer REFERENCES translation_jobs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_jobs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_jobs_languages\`;`)
  await db.run(sql`DROP TABLE \`translation_jobs\`;`)
  await db.run(sql`DROP TABLE \`translation_jobs_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	\`sources_id\` integer,
  	\`translations_id\` integer,
  	\`translation_memory_id\` integer,
  	\`glossary_id\` integer,
  	\`citation_requests_id\` integer,
  	\`redirects_id\` integer,
  	\`schedule_log_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translations_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_memory_id\`) REFERENCES \`translation_memory\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citation_requests_id\`) REFERENCES \`citation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schedule_log_id\`) REFERENCES \`schedule_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id", "sources_id", "translations_id", "translation_memory_id", "glossary_id", "citation_requests_id", "redirects_id", "schedule_log_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id", "sources_id", "translations_id", "translation_memory_id", "glossary_id", "citation_requests_id", "redirects_id", "schedule_log_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translations_id_idx\` ON \`payload_locked_documents_rels\` (\`translations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_memory_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_memory_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`citation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schedule_log_id_idx\` ON \`payload_locked_documents_rels\` (\`schedule_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
