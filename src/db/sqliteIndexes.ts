import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload's per-locale tables (`*_locales`) are only indexed on (_locale, _parent_id),
 * but documents load their localized rows with `_parent_id IN (…)`, which then scans
 * the whole table (bodies included). An index on `_parent_id` keeps reads independent
 * of the catalogue size (measured with `npm run bench`).
 */
export const indexLocaleParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID),
      }),
    })
  }
  return schema
}
