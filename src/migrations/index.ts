import * as migration_20261126_082739_initial from './20261126_082739_initial';

export const migrations = [
  {
    up: migration_20261126_082739_initial.up,
    down: migration_20261126_082739_initial.down,
    name: '20261126_082739_initial'
  },
];
