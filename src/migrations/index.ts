import * as migration_20261126_051535_initial from './20261126_051535_initial';

export const migrations = [
  {
    up: migration_20261126_051535_initial.up,
    down: migration_20261126_051535_initial.down,
    name: '20261126_051535_initial'
  },
];
