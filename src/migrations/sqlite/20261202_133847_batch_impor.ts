import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`harga_pangan\` ADD \`impor_batch\` text;`)
  await db.run(sql`CREATE INDEX \`harga_pangan_impor_batch_idx\` ON \`harga_pangan\` (\`impor_batch\`);`)
  await db.run(sql`ALTER TABLE \`_harga_pangan_v\` ADD \`version_impor_batch\` text;`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_impor_batch_idx\` ON \`_harga_pangan_v\` (\`version_impor_batch\`);`)
  await db.run(sql`ALTER TABLE \`statistik_covid\` ADD \`impor_batch\` text;`)
  await db.run(sql`CREATE INDEX \`statistik_covid_impor_batch_idx\` ON \`statistik_covid\` (\`impor_batch\`);`)
  await db.run(sql`ALTER TABLE \`_statistik_covid_v\` ADD \`version_impor_batch\` text;`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_impor_batch_idx\` ON \`_statistik_covid_v\` (\`version_impor_batch\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`harga_pangan_impor_batch_idx\`;`)
  await db.run(sql`ALTER TABLE \`harga_pangan\` DROP COLUMN \`impor_batch\`;`)
  await db.run(sql`DROP INDEX \`_harga_pangan_v_version_version_impor_batch_idx\`;`)
  await db.run(sql`ALTER TABLE \`_harga_pangan_v\` DROP COLUMN \`version_impor_batch\`;`)
  await db.run(sql`DROP INDEX \`statistik_covid_impor_batch_idx\`;`)
  await db.run(sql`ALTER TABLE \`statistik_covid\` DROP COLUMN \`impor_batch\`;`)
  await db.run(sql`DROP INDEX \`_statistik_covid_v_version_version_impor_batch_idx\`;`)
  await db.run(sql`ALTER TABLE \`_statistik_covid_v\` DROP COLUMN \`version_impor_batch\`;`)
}
