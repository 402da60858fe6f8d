import * as migration_20261128_135025_awal from './20261128_135025_awal';
import * as migration_20261202_143028_keamanan from './20261202_143028_keamanan';
import * as migration_20261202_163543_pengumuman from './20261202_163543_pengumuman';

export const migrations = [
  {
    up: migration_20261128_135025_awal.up,
    down: migration_20261128_135025_awal.down,
    name: '20261128_135025_awal',
  },
  {
    up: migration_20261202_143028_keamanan.up,
    down: migration_20261202_143028_keamanan.down,
    name: '20261202_143028_keamanan',
  },
  {
    up: migration_20261202_163543_pengumuman.up,
    down: migration_20261202_163543_pengumuman.down,
    name: '20261202_163543_pengumuman'
  },
];
