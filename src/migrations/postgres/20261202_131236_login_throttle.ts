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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "percobaan_id" integer;
  CREATE INDEX "percobaan_kunci_idx" ON "percobaan" USING btree ("kunci");
  CREATE INDEX "percobaan_pada_idx" ON "percobaan" USING btree ("pada");
  CREATE INDEX "percobaan_updated_at_idx" ON "percobaan" USING btree ("updated_at");
  CREATE INDEX "percobaan_created_at_idx" ON "percobaan" USING btree ("created_at");
  CREATE UNIQUE INDEX "kunci_urutan_idx" ON "percobaan" USING btree ("kunci","urutan");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_percobaan_fk" FOREIGN KEY ("percobaan_id") REFERENCES "public"."percobaan"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_percobaan_id_idx" ON "payload_locked_documents_rels" USING btree ("percobaan_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "percobaan" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "percobaan" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_percobaan_fk";
  
  DROP INDEX "payload_locked_documents_rels_percobaan_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "percobaan_id";`)
}
