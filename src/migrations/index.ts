import * as migration_20261126_082739_initial from './20261126_082739_initial';
import * as migration_20261201_205956_users_login_throttle from './20261201_205956_users_login_throttle';
import * as migration_20261201_231427_admin_display_fields from './20261201_231427_admin_display_fields';
import * as migration_20261201_233010_user_language_new_task_digest from './20261201_233010_user_language_new_task_digest';
import * as migration_20261202_030544_redirects_schedule_log from './20261202_030544_redirects_schedule_log';
import * as migration_20261202_031459_translation_memory from './20261202_031459_translation_memory';
import * as migration_20261202_054427_task_leverage_segment_states from './20261202_054427_task_leverage_segment_states';
import * as migration_20261202_055423_glossary from './20261202_055423_glossary';
import * as migration_20261202_060941_translation_memory_origin from './20261202_060941_translation_memory_origin';
import * as migration_20261202_161746_translation_jobs from './20261202_161746_translation_jobs';
import * as migration_20261203_135011_object_storage_and_mail_jobs from './20261203_135011_object_storage_and_mail_jobs';

export const migrations = [
  {
    up: migration_20261126_082739_initial.up,
    down: migration_20261126_082739_initial.down,
    name: '20261126_082739_initial',
  },
  {
    up: migration_20261201_205956_users_login_throttle.up,
    down: migration_20261201_205956_users_login_throttle.down,
    name: '20261201_205956_users_login_throttle',
  },
  {
    up: migration_20261201_231427_admin_display_fields.up,
    down: migration_20261201_231427_admin_display_fields.down,
    name: '20261201_231427_admin_display_fields',
  },
  {
    up: migration_20261201_233010_user_language_new_task_digest.up,
    down: migration_20261201_233010_user_language_new_task_digest.down,
    name: '20261201_233010_user_language_new_task_digest',
  },
  {
    up: migration_20261202_030544_redirects_schedule_log.up,
    down: migration_20261202_030544_redirects_schedule_log.down,
    name: '20261202_030544_redirects_schedule_log',
  },
  {
    up: migration_20261202_031459_translation_memory.up,
    down: migration_20261202_031459_translation_memory.down,
    name: '20261202_031459_translation_memory',
  },
  {
    up: migration_20261202_054427_task_leverage_segment_states.up,
    down: migration_20261202_054427_task_leverage_segment_states.down,
    name: '20261202_054427_task_leverage_segment_states',
  },
  {
    up: migration_20261202_055423_glossary.up,
    down: migration_20261202_055423_glossary.down,
    name: '20261202_055423_glossary',
  },
  {
    up: migration_20261202_060941_translation_memory_origin.up,
    down: migration_20261202_060941_translation_memory_origin.down,
    name: '20261202_060941_translation_memory_origin',
  },
  {
    up: migration_20261202_161746_translation_jobs.up,
    down: migration_20261202_161746_translation_jobs.down,
    name: '20261202_161746_translation_jobs',
  },
  {
    up: migration_20261203_135011_object_storage_and_mail_jobs.up,
    down: migration_20261203_135011_object_storage_and_mail_jobs.down,
    name: '20261203_135011_object_storage_and_mail_jobs'
  },
];
