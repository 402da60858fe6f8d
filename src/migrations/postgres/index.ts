import * as migration_20261128_135025_awal from './20261128_135025_awal';
import * as migration_20261202_133848_batch_impor from './20261202_133848_batch_impor';

export const migrations = [
  {
    up: migration_20261128_135025_awal.up,
    down: migration_20261128_135025_awal.down,
    name: '20261128_135025_awal',
  },
  {
    up: migration_20261202_133848_batch_impor.up,
    down: migration_20261202_133848_batch_impor.down,
    name: '20261202_133848_batch_impor'
  },
];
