import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pengumuman_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pengumuman_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_menu_portal_koleksi" ADD VALUE 'pengumuman';
  CREATE TABLE "pengumuman" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"judul" varchar,
  	"isi" jsonb,
  	"opd_id" integer,
  	"berlaku_mulai" timestamp(3) with time zone,
  	"berlaku_sampai" timestamp(3) with time zone,
  	"lampiran_id" integer,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pengumuman_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pengumuman_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_judul" varchar,
  	"version_isi" jsonb,
  	"version_opd_id" integer,
  	"version_berlaku_mulai" timestamp(3) with time zone,
  	"version_berlaku_sampai" timestamp(3) with time zone,
  	"version_lampiran_id" integer,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pengumuman_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pengumuman_id" integer;
  ALTER TABLE "pengumuman" ADD CONSTRAINT "pengumuman_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pengumuman" ADD CONSTRAINT "pengumuman_lampiran_id_berkas_dokumen_id_fk" FOREIGN KEY ("lampiran_id") REFERENCES "public"."berkas_dokumen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pengumuman" ADD CONSTRAINT "pengumuman_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pengumuman_v" ADD CONSTRAINT "_pengumuman_v_parent_id_pengumuman_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pengumuman"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pengumuman_v" ADD CONSTRAINT "_pengumuman_v_version_opd_id_opd_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pengumuman_v" ADD CONSTRAINT "_pengumuman_v_version_lampiran_id_berkas_dokumen_id_fk" FOREIGN KEY ("version_lampiran_id") REFERENCES "public"."berkas_dokumen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pengumuman_v" ADD CONSTRAINT "_pengumuman_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pengumuman_opd_idx" ON "pengumuman" USING btree ("opd_id");
  CREATE INDEX "pengumuman_berlaku_mulai_idx" ON "pengumuman" USING btree ("berlaku_mulai");
  CREATE INDEX "pengumuman_berlaku_sampai_idx" ON "pengumuman" USING btree ("berlaku_sampai");
  CREATE INDEX "pengumuman_lampiran_idx" ON "pengumuman" USING btree ("lampiran_id");
  CREATE INDEX "pengumuman_diubah_oleh_idx" ON "pengumuman" USING btree ("diubah_oleh_id");
  CREATE INDEX "pengumuman_isi_diubah_pada_idx" ON "pengumuman" USING btree ("isi_diubah_pada");
  CREATE INDEX "pengumuman_updated_at_idx" ON "pengumuman" USING btree ("updated_at");
  CREATE INDEX "pengumuman_created_at_idx" ON "pengumuman" USING btree ("created_at");
  CREATE INDEX "pengumuman__status_idx" ON "pengumuman" USING btree ("_status");
  CREATE INDEX "_pengumuman_v_parent_idx" ON "_pengumuman_v" USING btree ("parent_id");
  CREATE INDEX "_pengumuman_v_version_version_opd_idx" ON "_pengumuman_v" USING btree ("version_opd_id");
  CREATE INDEX "_pengumuman_v_version_version_berlaku_mulai_idx" ON "_pengumuman_v" USING btree ("version_berlaku_mulai");
  CREATE INDEX "_pengumuman_v_version_version_berlaku_sampai_idx" ON "_pengumuman_v" USING btree ("version_berlaku_sampai");
  CREATE INDEX "_pengumuman_v_version_version_lampiran_idx" ON "_pengumuman_v" USING btree ("version_lampiran_id");
  CREATE INDEX "_pengumuman_v_version_version_diubah_oleh_idx" ON "_pengumuman_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_pengumuman_v_version_version_isi_diubah_pada_idx" ON "_pengumuman_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_pengumuman_v_version_version_updated_at_idx" ON "_pengumuman_v" USING btree ("version_updated_at");
  CREATE INDEX "_pengumuman_v_version_version_created_at_idx" ON "_pengumuman_v" USING btree ("version_created_at");
  CREATE INDEX "_pengumuman_v_version_version__status_idx" ON "_pengumuman_v" USING btree ("version__status");
  CREATE INDEX "_pengumuman_v_created_at_idx" ON "_pengumuman_v" USING btree ("created_at");
  CREATE INDEX "_pengumuman_v_updated_at_idx" ON "_pengumuman_v" USING btree ("updated_at");
  CREATE INDEX "_pengumuman_v_latest_idx" ON "_pengumuman_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pengumuman_fk" FOREIGN KEY ("pengumuman_id") REFERENCES "public"."pengumuman"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_pengumuman_id_idx" ON "payload_locked_documents_rels" USING btree ("pengumuman_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pengumuman" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pengumuman_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pengumuman" CASCADE;
  DROP TABLE "_pengumuman_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pengumuman_fk";
  
  ALTER TABLE "menu_portal" ALTER COLUMN "koleksi" SET DATA TYPE text;
  DROP TYPE "public"."enum_menu_portal_koleksi";
  CREATE TYPE "public"."enum_menu_portal_koleksi" AS ENUM('harga-pangan', 'statistik-covid', 'lowongan-kerja', 'peluang-investasi', 'agenda', 'kontak-layanan', 'layanan-publik', 'formulir', 'dokumen', 'berita', 'opd');
  ALTER TABLE "menu_portal" ALTER COLUMN "koleksi" SET DATA TYPE "public"."enum_menu_portal_koleksi" USING "koleksi"::"public"."enum_menu_portal_koleksi";
  DROP INDEX "payload_locked_documents_rels_pengumuman_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pengumuman_id";
  DROP TYPE "public"."enum_pengumuman_status";
  DROP TYPE "public"."enum__pengumuman_v_version_status";`)
}
