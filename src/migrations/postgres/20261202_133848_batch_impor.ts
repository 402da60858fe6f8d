import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "harga_pangan" ADD COLUMN "impor_batch" varchar;
  ALTER TABLE "_harga_pangan_v" ADD COLUMN "version_impor_batch" varchar;
  ALTER TABLE "statistik_covid" ADD COLUMN "impor_batch" varchar;
  ALTER TABLE "_statistik_covid_v" ADD COLUMN "version_impor_batch" varchar;
  CREATE INDEX "harga_pangan_impor_batch_idx" ON "harga_pangan" USING btree ("impor_batch");
  CREATE INDEX "_harga_pangan_v_version_version_impor_batch_idx" ON "_harga_pangan_v" USING btree ("version_impor_batch");
  CREATE INDEX "statistik_covid_impor_batch_idx" ON "statistik_covid" USING btree ("impor_batch");
  CREATE INDEX "_statistik_covid_v_version_version_impor_batch_idx" ON "_statistik_covid_v" USING btree ("version_impor_batch");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "harga_pangan_impor_batch_idx";
  DROP INDEX "_harga_pangan_v_version_version_impor_batch_idx";
  DROP INDEX "statistik_covid_impor_batch_idx";
  DROP INDEX "_statistik_covid_v_version_version_impor_batch_idx";
  ALTER TABLE "harga_pangan" DROP COLUMN "impor_batch";
  ALTER TABLE "_harga_pangan_v" DROP COLUMN "version_impor_batch";
  ALTER TABLE "statistik_covid" DROP COLUMN "impor_batch";
  ALTER TABLE "_statistik_covid_v" DROP COLUMN "version_impor_batch";`)
}
