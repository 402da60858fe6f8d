import * as migration_20261128_135025_awal from './20261128_135025_awal';

export const migrations = [
  {
    up: migration_20261128_135025_awal.up,
    down: migration_20261128_135025_awal.down,
    name: '20261128_135025_awal'
  },
];
