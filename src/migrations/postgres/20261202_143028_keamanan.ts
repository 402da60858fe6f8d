import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "percobaan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kunci" varchar NOT NULL,
  	"urutan" numeric NOT NULL,
  	"pada" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "harga_pangan" ADD COLUMN "impor_batch" varchar;
  ALTER TABLE "_harga_pangan_v" ADD COLUMN "version_impor_batch" varchar;
  ALTER TABLE "statistik_covid" ADD COLUMN "impor_batch" varchar;
  ALTER TABLE "_statistik_covid_v" ADD COLUMN "version_impor_batch" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "percobaan_id" integer;
  CREATE INDEX "percobaan_kunci_idx" ON "percobaan" USING btree ("kunci");
  CREATE INDEX "percobaan_pada_idx" ON "percobaan" USING btree ("pada");
  CREATE INDEX "percobaan_updated_at_idx" ON "percobaan" USING btree ("updated_at");
  CREATE INDEX "percobaan_created_at_idx" ON "percobaan" USING btree ("created_at");
  CREATE UNIQUE INDEX "kunci_urutan_idx" ON "percobaan" USING btree ("kunci","urutan");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_percobaan_fk" FOREIGN KEY ("percobaan_id") REFERENCES "public"."percobaan"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "harga_pangan_impor_batch_idx" ON "harga_pangan" USING btree ("impor_batch");
  CREATE INDEX "_harga_pangan_v_version_version_impor_batch_idx" ON "_harga_pangan_v" USING btree ("version_impor_batch");
  CREATE INDEX "statistik_covid_impor_batch_idx" ON "statistik_covid" USING btree ("impor_batch");
  CREATE INDEX "_statistik_covid_v_version_version_impor_batch_idx" ON "_statistik_covid_v" USING btree ("version_impor_batch");
  CREATE INDEX "payload_locked_documents_rels_percobaan_id_idx" ON "payload_locked_documents_rels" USING btree ("percobaan_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "percobaan" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "percobaan" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_percobaan_fk";
  
  DROP INDEX "harga_pangan_impor_batch_idx";
  DROP INDEX "_harga_pangan_v_version_version_impor_batch_idx";
  DROP INDEX "statistik_covid_impor_batch_idx";
  DROP INDEX "_statistik_covid_v_version_version_impor_batch_idx";
  DROP INDEX "payload_locked_documents_rels_percobaan_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "harga_pangan" DROP COLUMN "impor_batch";
  ALTER TABLE "_harga_pangan_v" DROP COLUMN "version_impor_batch";
  ALTER TABLE "statistik_covid" DROP COLUMN "impor_batch";
  ALTER TABLE "_statistik_covid_v" DROP COLUMN "version_impor_batch";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "percobaan_id";`)
}
