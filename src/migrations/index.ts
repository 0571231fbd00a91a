import * as migration_20261126_063643_initial from './20261126_063643_initial';

export const migrations = [
  {
    up: migration_20261126_063643_initial.up,
    down: migration_20261126_063643_initial.down,
    name: '20261126_063643_initial'
  },
];
