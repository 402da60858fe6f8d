import * as migration_20261128_135025_awal from './20261128_135025_awal';
import * as migration_20261202_131235_login_throttle from './20261202_131235_login_throttle';

export const migrations = [
  {
    up: migration_20261128_135025_awal.up,
    down: migration_20261128_135025_awal.down,
    name: '20261128_135025_awal',
  },
  {
    up: migration_20261202_131235_login_throttle.up,
    down: migration_20261202_131235_login_throttle.down,
    name: '20261202_131235_login_throttle'
  },
];
