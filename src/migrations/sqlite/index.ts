import * as migration_20261128_122627_awal from './20261128_122627_awal';

export const migrations = [
  {
    up: migration_20261128_122627_awal.up,
    down: migration_20261128_122627_awal.down,
    name: '20261128_122627_awal'
  },
];
