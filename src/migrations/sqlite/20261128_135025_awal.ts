import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`opd\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nama\` text NOT NULL,
  	\`singkatan\` text NOT NULL,
  	\`jenis\` text NOT NULL,
  	\`induk_id\` integer,
  	\`email_pimpinan\` text,
  	\`alamat\` text,
  	\`telepon\` text,
  	\`situs\` text,
  	\`aktif\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`induk_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opd_singkatan_idx\` ON \`opd\` (\`singkatan\`);`)
  await db.run(sql`CREATE INDEX \`opd_induk_idx\` ON \`opd\` (\`induk_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_updated_at_idx\` ON \`opd\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opd_created_at_idx\` ON \`opd\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`opd_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opd_texts_order_parent\` ON \`opd_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nama\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`opd_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_opd_id_idx\` ON \`users_rels\` (\`opd_id\`);`)
  await db.run(sql`CREATE TABLE \`menu_portal\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kode\` text NOT NULL,
  	\`koleksi\` text NOT NULL,
  	\`jenis_kontak\` text,
  	\`judul\` text NOT NULL,
  	\`deskripsi\` text,
  	\`pemilik_id\` integer NOT NULL,
  	\`kadensi\` text NOT NULL,
  	\`ambang_jatuh_tempo\` numeric,
  	\`ambang_terlambat\` numeric,
  	\`ambang_sangat_terlambat\` numeric,
  	\`status\` text DEFAULT 'aktif' NOT NULL,
  	\`catatan_arsip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`pemilik_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`menu_portal_kode_idx\` ON \`menu_portal\` (\`kode\`);`)
  await db.run(sql`CREATE INDEX \`menu_portal_koleksi_idx\` ON \`menu_portal\` (\`koleksi\`);`)
  await db.run(sql`CREATE INDEX \`menu_portal_pemilik_idx\` ON \`menu_portal\` (\`pemilik_id\`);`)
  await db.run(sql`CREATE INDEX \`menu_portal_updated_at_idx\` ON \`menu_portal\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`menu_portal_created_at_idx\` ON \`menu_portal\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`komoditas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nama\` text NOT NULL,
  	\`satuan\` text DEFAULT 'kg' NOT NULL,
  	\`kategori\` text DEFAULT 'lainnya' NOT NULL,
  	\`aktif\` integer DEFAULT true,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`komoditas_nama_idx\` ON \`komoditas\` (\`nama\`);`)
  await db.run(sql`CREATE INDEX \`komoditas_diubah_oleh_idx\` ON \`komoditas\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`komoditas_isi_diubah_pada_idx\` ON \`komoditas\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`komoditas_updated_at_idx\` ON \`komoditas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`komoditas_created_at_idx\` ON \`komoditas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`harga_pangan\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`komoditas_id\` integer,
  	\`pasar\` text,
  	\`harga\` numeric,
  	\`satuan\` text,
  	\`tanggal\` text,
  	\`ringkasan\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`komoditas_id\`) REFERENCES \`komoditas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`harga_pangan_komoditas_idx\` ON \`harga_pangan\` (\`komoditas_id\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan_pasar_idx\` ON \`harga_pangan\` (\`pasar\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan_tanggal_idx\` ON \`harga_pangan\` (\`tanggal\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan_diubah_oleh_idx\` ON \`harga_pangan\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan_isi_diubah_pada_idx\` ON \`harga_pangan\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan_updated_at_idx\` ON \`harga_pangan\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan_created_at_idx\` ON \`harga_pangan\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`harga_pangan__status_idx\` ON \`harga_pangan\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`komoditas_pasar_tanggal_idx\` ON \`harga_pangan\` (\`komoditas_id\`,\`pasar\`,\`tanggal\`);`)
  await db.run(sql`CREATE INDEX \`_status_tanggal_idx\` ON \`harga_pangan\` (\`_status\`,\`tanggal\`);`)
  await db.run(sql`CREATE TABLE \`_harga_pangan_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_komoditas_id\` integer,
  	\`version_pasar\` text,
  	\`version_harga\` numeric,
  	\`version_satuan\` text,
  	\`version_tanggal\` text,
  	\`version_ringkasan\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`harga_pangan\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_komoditas_id\`) REFERENCES \`komoditas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_parent_idx\` ON \`_harga_pangan_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_komoditas_idx\` ON \`_harga_pangan_v\` (\`version_komoditas_id\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_pasar_idx\` ON \`_harga_pangan_v\` (\`version_pasar\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_tanggal_idx\` ON \`_harga_pangan_v\` (\`version_tanggal\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_diubah_oleh_idx\` ON \`_harga_pangan_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_isi_diubah_pada_idx\` ON \`_harga_pangan_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_updated_at_idx\` ON \`_harga_pangan_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version_created_at_idx\` ON \`_harga_pangan_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_version_version__status_idx\` ON \`_harga_pangan_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_created_at_idx\` ON \`_harga_pangan_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_updated_at_idx\` ON \`_harga_pangan_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_harga_pangan_v_latest_idx\` ON \`_harga_pangan_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_komoditas_version_pasar_version_tanggal_idx\` ON \`_harga_pangan_v\` (\`version_komoditas_id\`,\`version_pasar\`,\`version_tanggal\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_tanggal_idx\` ON \`_harga_pangan_v\` (\`version__status\`,\`version_tanggal\`);`)
  await db.run(sql`CREATE TABLE \`statistik_covid\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tanggal\` text,
  	\`wilayah_id\` integer,
  	\`cakupan\` text,
  	\`terkonfirmasi\` numeric DEFAULT 0,
  	\`dirawat\` numeric DEFAULT 0,
  	\`sembuh\` numeric DEFAULT 0,
  	\`meninggal\` numeric DEFAULT 0,
  	\`odp\` numeric DEFAULT 0,
  	\`pdp\` numeric DEFAULT 0,
  	\`ringkasan\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`wilayah_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`statistik_covid_tanggal_idx\` ON \`statistik_covid\` (\`tanggal\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid_wilayah_idx\` ON \`statistik_covid\` (\`wilayah_id\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid_cakupan_idx\` ON \`statistik_covid\` (\`cakupan\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid_diubah_oleh_idx\` ON \`statistik_covid\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid_isi_diubah_pada_idx\` ON \`statistik_covid\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid_updated_at_idx\` ON \`statistik_covid\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid_created_at_idx\` ON \`statistik_covid\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`statistik_covid__status_idx\` ON \`statistik_covid\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`tanggal_wilayah_idx\` ON \`statistik_covid\` (\`tanggal\`,\`wilayah_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_tanggal_1_idx\` ON \`statistik_covid\` (\`_status\`,\`tanggal\`);`)
  await db.run(sql`CREATE TABLE \`_statistik_covid_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tanggal\` text,
  	\`version_wilayah_id\` integer,
  	\`version_cakupan\` text,
  	\`version_terkonfirmasi\` numeric DEFAULT 0,
  	\`version_dirawat\` numeric DEFAULT 0,
  	\`version_sembuh\` numeric DEFAULT 0,
  	\`version_meninggal\` numeric DEFAULT 0,
  	\`version_odp\` numeric DEFAULT 0,
  	\`version_pdp\` numeric DEFAULT 0,
  	\`version_ringkasan\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statistik_covid\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_wilayah_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_parent_idx\` ON \`_statistik_covid_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_tanggal_idx\` ON \`_statistik_covid_v\` (\`version_tanggal\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_wilayah_idx\` ON \`_statistik_covid_v\` (\`version_wilayah_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_cakupan_idx\` ON \`_statistik_covid_v\` (\`version_cakupan\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_diubah_oleh_idx\` ON \`_statistik_covid_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_isi_diubah_pada_idx\` ON \`_statistik_covid_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_updated_at_idx\` ON \`_statistik_covid_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version_created_at_idx\` ON \`_statistik_covid_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_version_version__status_idx\` ON \`_statistik_covid_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_created_at_idx\` ON \`_statistik_covid_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_updated_at_idx\` ON \`_statistik_covid_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistik_covid_v_latest_idx\` ON \`_statistik_covid_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_tanggal_version_wilayah_idx\` ON \`_statistik_covid_v\` (\`version_tanggal\`,\`version_wilayah_id\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_tanggal_1_idx\` ON \`_statistik_covid_v\` (\`version__status\`,\`version_tanggal\`);`)
  await db.run(sql`CREATE TABLE \`lowongan_kerja\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`posisi\` text,
  	\`perusahaan\` text,
  	\`lokasi\` text,
  	\`batas_lamaran\` text,
  	\`deskripsi\` text,
  	\`tautan\` text,
  	\`kontak\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lowongan_kerja_batas_lamaran_idx\` ON \`lowongan_kerja\` (\`batas_lamaran\`);`)
  await db.run(sql`CREATE INDEX \`lowongan_kerja_diubah_oleh_idx\` ON \`lowongan_kerja\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`lowongan_kerja_isi_diubah_pada_idx\` ON \`lowongan_kerja\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`lowongan_kerja_updated_at_idx\` ON \`lowongan_kerja\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lowongan_kerja_created_at_idx\` ON \`lowongan_kerja\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lowongan_kerja__status_idx\` ON \`lowongan_kerja\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_lowongan_kerja_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_posisi\` text,
  	\`version_perusahaan\` text,
  	\`version_lokasi\` text,
  	\`version_batas_lamaran\` text,
  	\`version_deskripsi\` text,
  	\`version_tautan\` text,
  	\`version_kontak\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lowongan_kerja\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_parent_idx\` ON \`_lowongan_kerja_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_version_version_batas_lamaran_idx\` ON \`_lowongan_kerja_v\` (\`version_batas_lamaran\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_version_version_diubah_oleh_idx\` ON \`_lowongan_kerja_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_version_version_isi_diubah_pada_idx\` ON \`_lowongan_kerja_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_version_version_updated_at_idx\` ON \`_lowongan_kerja_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_version_version_created_at_idx\` ON \`_lowongan_kerja_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_version_version__status_idx\` ON \`_lowongan_kerja_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_created_at_idx\` ON \`_lowongan_kerja_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_updated_at_idx\` ON \`_lowongan_kerja_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lowongan_kerja_v_latest_idx\` ON \`_lowongan_kerja_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`peluang_investasi\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`judul\` text,
  	\`sektor\` text,
  	\`lokasi\` text,
  	\`nilai_investasi\` numeric,
  	\`tahun_data\` numeric,
  	\`deskripsi\` text,
  	\`kontak\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`peluang_investasi_tahun_data_idx\` ON \`peluang_investasi\` (\`tahun_data\`);`)
  await db.run(sql`CREATE INDEX \`peluang_investasi_diubah_oleh_idx\` ON \`peluang_investasi\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`peluang_investasi_isi_diubah_pada_idx\` ON \`peluang_investasi\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`peluang_investasi_updated_at_idx\` ON \`peluang_investasi\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`peluang_investasi_created_at_idx\` ON \`peluang_investasi\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`peluang_investasi__status_idx\` ON \`peluang_investasi\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_peluang_investasi_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_judul\` text,
  	\`version_sektor\` text,
  	\`version_lokasi\` text,
  	\`version_nilai_investasi\` numeric,
  	\`version_tahun_data\` numeric,
  	\`version_deskripsi\` text,
  	\`version_kontak\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`peluang_investasi\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_parent_idx\` ON \`_peluang_investasi_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_version_version_tahun_data_idx\` ON \`_peluang_investasi_v\` (\`version_tahun_data\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_version_version_diubah_oleh_idx\` ON \`_peluang_investasi_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_version_version_isi_diubah_pada_idx\` ON \`_peluang_investasi_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_version_version_updated_at_idx\` ON \`_peluang_investasi_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_version_version_created_at_idx\` ON \`_peluang_investasi_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_version_version__status_idx\` ON \`_peluang_investasi_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_created_at_idx\` ON \`_peluang_investasi_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_updated_at_idx\` ON \`_peluang_investasi_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_peluang_investasi_v_latest_idx\` ON \`_peluang_investasi_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`agenda\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`judul\` text,
  	\`mulai\` text,
  	\`selesai\` text,
  	\`lokasi\` text,
  	\`penyelenggara_id\` integer,
  	\`keterangan\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`penyelenggara_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_mulai_idx\` ON \`agenda\` (\`mulai\`);`)
  await db.run(sql`CREATE INDEX \`agenda_selesai_idx\` ON \`agenda\` (\`selesai\`);`)
  await db.run(sql`CREATE INDEX \`agenda_penyelenggara_idx\` ON \`agenda\` (\`penyelenggara_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_diubah_oleh_idx\` ON \`agenda\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_isi_diubah_pada_idx\` ON \`agenda\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`agenda_updated_at_idx\` ON \`agenda\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_created_at_idx\` ON \`agenda\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda__status_idx\` ON \`agenda\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_judul\` text,
  	\`version_mulai\` text,
  	\`version_selesai\` text,
  	\`version_lokasi\` text,
  	\`version_penyelenggara_id\` integer,
  	\`version_keterangan\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_penyelenggara_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_parent_idx\` ON \`_agenda_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_mulai_idx\` ON \`_agenda_v\` (\`version_mulai\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_selesai_idx\` ON \`_agenda_v\` (\`version_selesai\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_penyelenggara_idx\` ON \`_agenda_v\` (\`version_penyelenggara_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_diubah_oleh_idx\` ON \`_agenda_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_isi_diubah_pada_idx\` ON \`_agenda_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_updated_at_idx\` ON \`_agenda_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_created_at_idx\` ON \`_agenda_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version__status_idx\` ON \`_agenda_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_created_at_idx\` ON \`_agenda_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_updated_at_idx\` ON \`_agenda_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_latest_idx\` ON \`_agenda_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`kontak_layanan\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`jenis\` text,
  	\`wilayah\` text,
  	\`petugas\` text,
  	\`telepon\` text,
  	\`whatsapp\` text,
  	\`keterangan\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`kontak_layanan_jenis_idx\` ON \`kontak_layanan\` (\`jenis\`);`)
  await db.run(sql`CREATE INDEX \`kontak_layanan_diubah_oleh_idx\` ON \`kontak_layanan\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`kontak_layanan_isi_diubah_pada_idx\` ON \`kontak_layanan\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`kontak_layanan_updated_at_idx\` ON \`kontak_layanan\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kontak_layanan_created_at_idx\` ON \`kontak_layanan\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kontak_layanan__status_idx\` ON \`kontak_layanan\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_kontak_layanan_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_jenis\` text,
  	\`version_wilayah\` text,
  	\`version_petugas\` text,
  	\`version_telepon\` text,
  	\`version_whatsapp\` text,
  	\`version_keterangan\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kontak_layanan\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_parent_idx\` ON \`_kontak_layanan_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_version_version_jenis_idx\` ON \`_kontak_layanan_v\` (\`version_jenis\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_version_version_diubah_oleh_idx\` ON \`_kontak_layanan_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_version_version_isi_diubah_pada_idx\` ON \`_kontak_layanan_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_version_version_updated_at_idx\` ON \`_kontak_layanan_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_version_version_created_at_idx\` ON \`_kontak_layanan_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_version_version__status_idx\` ON \`_kontak_layanan_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_created_at_idx\` ON \`_kontak_layanan_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_updated_at_idx\` ON \`_kontak_layanan_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontak_layanan_v_latest_idx\` ON \`_kontak_layanan_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`layanan_publik\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nama\` text,
  	\`deskripsi\` text,
  	\`kategori\` text,
  	\`tingkat\` text,
  	\`url\` text,
  	\`penyelenggara_id\` integer,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`penyelenggara_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`layanan_publik_kategori_idx\` ON \`layanan_publik\` (\`kategori\`);`)
  await db.run(sql`CREATE INDEX \`layanan_publik_penyelenggara_idx\` ON \`layanan_publik\` (\`penyelenggara_id\`);`)
  await db.run(sql`CREATE INDEX \`layanan_publik_diubah_oleh_idx\` ON \`layanan_publik\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`layanan_publik_isi_diubah_pada_idx\` ON \`layanan_publik\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`layanan_publik_updated_at_idx\` ON \`layanan_publik\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`layanan_publik_created_at_idx\` ON \`layanan_publik\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`layanan_publik__status_idx\` ON \`layanan_publik\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_layanan_publik_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_nama\` text,
  	\`version_deskripsi\` text,
  	\`version_kategori\` text,
  	\`version_tingkat\` text,
  	\`version_url\` text,
  	\`version_penyelenggara_id\` integer,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`layanan_publik\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_penyelenggara_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_parent_idx\` ON \`_layanan_publik_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version_kategori_idx\` ON \`_layanan_publik_v\` (\`version_kategori\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version_penyelenggara_idx\` ON \`_layanan_publik_v\` (\`version_penyelenggara_id\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version_diubah_oleh_idx\` ON \`_layanan_publik_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version_isi_diubah_pada_idx\` ON \`_layanan_publik_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version_updated_at_idx\` ON \`_layanan_publik_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version_created_at_idx\` ON \`_layanan_publik_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_version_version__status_idx\` ON \`_layanan_publik_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_created_at_idx\` ON \`_layanan_publik_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_updated_at_idx\` ON \`_layanan_publik_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_layanan_publik_v_latest_idx\` ON \`_layanan_publik_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`formulir\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`judul\` text,
  	\`layanan_id\` integer,
  	\`berkas_id\` integer,
  	\`keterangan\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`layanan_id\`) REFERENCES \`layanan_publik\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`berkas_id\`) REFERENCES \`berkas_formulir\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`formulir_layanan_idx\` ON \`formulir\` (\`layanan_id\`);`)
  await db.run(sql`CREATE INDEX \`formulir_berkas_idx\` ON \`formulir\` (\`berkas_id\`);`)
  await db.run(sql`CREATE INDEX \`formulir_diubah_oleh_idx\` ON \`formulir\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`formulir_isi_diubah_pada_idx\` ON \`formulir\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`formulir_updated_at_idx\` ON \`formulir\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`formulir_created_at_idx\` ON \`formulir\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`formulir__status_idx\` ON \`formulir\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_formulir_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_judul\` text,
  	\`version_layanan_id\` integer,
  	\`version_berkas_id\` integer,
  	\`version_keterangan\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`formulir\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_layanan_id\`) REFERENCES \`layanan_publik\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_berkas_id\`) REFERENCES \`berkas_formulir\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_formulir_v_parent_idx\` ON \`_formulir_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version_layanan_idx\` ON \`_formulir_v\` (\`version_layanan_id\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version_berkas_idx\` ON \`_formulir_v\` (\`version_berkas_id\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version_diubah_oleh_idx\` ON \`_formulir_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version_isi_diubah_pada_idx\` ON \`_formulir_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version_updated_at_idx\` ON \`_formulir_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version_created_at_idx\` ON \`_formulir_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_version_version__status_idx\` ON \`_formulir_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_created_at_idx\` ON \`_formulir_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_updated_at_idx\` ON \`_formulir_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_formulir_v_latest_idx\` ON \`_formulir_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`dokumen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`judul\` text,
  	\`jenis\` text,
  	\`tahun\` numeric,
  	\`nomor\` text,
  	\`berkas_id\` integer,
  	\`tautan\` text,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`berkas_id\`) REFERENCES \`berkas_dokumen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dokumen_jenis_idx\` ON \`dokumen\` (\`jenis\`);`)
  await db.run(sql`CREATE INDEX \`dokumen_tahun_idx\` ON \`dokumen\` (\`tahun\`);`)
  await db.run(sql`CREATE INDEX \`dokumen_berkas_idx\` ON \`dokumen\` (\`berkas_id\`);`)
  await db.run(sql`CREATE INDEX \`dokumen_diubah_oleh_idx\` ON \`dokumen\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`dokumen_isi_diubah_pada_idx\` ON \`dokumen\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`dokumen_updated_at_idx\` ON \`dokumen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dokumen_created_at_idx\` ON \`dokumen\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dokumen__status_idx\` ON \`dokumen\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_dokumen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_judul\` text,
  	\`version_jenis\` text,
  	\`version_tahun\` numeric,
  	\`version_nomor\` text,
  	\`version_berkas_id\` integer,
  	\`version_tautan\` text,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dokumen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_berkas_id\`) REFERENCES \`berkas_dokumen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dokumen_v_parent_idx\` ON \`_dokumen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_jenis_idx\` ON \`_dokumen_v\` (\`version_jenis\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_tahun_idx\` ON \`_dokumen_v\` (\`version_tahun\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_berkas_idx\` ON \`_dokumen_v\` (\`version_berkas_id\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_diubah_oleh_idx\` ON \`_dokumen_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_isi_diubah_pada_idx\` ON \`_dokumen_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_updated_at_idx\` ON \`_dokumen_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version_created_at_idx\` ON \`_dokumen_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_version_version__status_idx\` ON \`_dokumen_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_created_at_idx\` ON \`_dokumen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_updated_at_idx\` ON \`_dokumen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dokumen_v_latest_idx\` ON \`_dokumen_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`berita\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`judul\` text,
  	\`slug\` text,
  	\`ringkasan\` text,
  	\`isi\` text,
  	\`gambar_id\` integer,
  	\`tanggal_terbit\` text,
  	\`opd_id\` integer,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`gambar_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`berita_slug_idx\` ON \`berita\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`berita_gambar_idx\` ON \`berita\` (\`gambar_id\`);`)
  await db.run(sql`CREATE INDEX \`berita_tanggal_terbit_idx\` ON \`berita\` (\`tanggal_terbit\`);`)
  await db.run(sql`CREATE INDEX \`berita_opd_idx\` ON \`berita\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`berita_diubah_oleh_idx\` ON \`berita\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`berita_isi_diubah_pada_idx\` ON \`berita\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`berita_updated_at_idx\` ON \`berita\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`berita_created_at_idx\` ON \`berita\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`berita__status_idx\` ON \`berita\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_berita_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_judul\` text,
  	\`version_slug\` text,
  	\`version_ringkasan\` text,
  	\`version_isi\` text,
  	\`version_gambar_id\` integer,
  	\`version_tanggal_terbit\` text,
  	\`version_opd_id\` integer,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`berita\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_gambar_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_berita_v_parent_idx\` ON \`_berita_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_slug_idx\` ON \`_berita_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_gambar_idx\` ON \`_berita_v\` (\`version_gambar_id\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_tanggal_terbit_idx\` ON \`_berita_v\` (\`version_tanggal_terbit\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_opd_idx\` ON \`_berita_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_diubah_oleh_idx\` ON \`_berita_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_isi_diubah_pada_idx\` ON \`_berita_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_updated_at_idx\` ON \`_berita_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version_created_at_idx\` ON \`_berita_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_version_version__status_idx\` ON \`_berita_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_created_at_idx\` ON \`_berita_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_updated_at_idx\` ON \`_berita_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_berita_v_latest_idx\` ON \`_berita_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`riwayat_kesegaran\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`kode\` text NOT NULL,
  	\`pemilik_id\` integer,
  	\`status\` text NOT NULL,
  	\`masalah\` text,
  	\`umur_hari\` numeric,
  	\`tanggal_data\` text,
  	\`terakhir_diperbarui\` text,
  	\`jatuh_tempo\` text,
  	\`dijalankan_pada\` text NOT NULL,
  	\`putaran\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pemilik_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_menu_idx\` ON \`riwayat_kesegaran\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_kode_idx\` ON \`riwayat_kesegaran\` (\`kode\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_pemilik_idx\` ON \`riwayat_kesegaran\` (\`pemilik_id\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_status_idx\` ON \`riwayat_kesegaran\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_dijalankan_pada_idx\` ON \`riwayat_kesegaran\` (\`dijalankan_pada\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_putaran_idx\` ON \`riwayat_kesegaran\` (\`putaran\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_updated_at_idx\` ON \`riwayat_kesegaran\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`riwayat_kesegaran_created_at_idx\` ON \`riwayat_kesegaran\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`menu_dijalankanPada_idx\` ON \`riwayat_kesegaran\` (\`menu_id\`,\`dijalankan_pada\`);`)
  await db.run(sql`CREATE TABLE \`transisi_kesegaran\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`kode\` text NOT NULL,
  	\`pemilik_id\` integer,
  	\`dari\` text NOT NULL,
  	\`ke\` text NOT NULL,
  	\`pada\` text NOT NULL,
  	\`putaran\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pemilik_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_menu_idx\` ON \`transisi_kesegaran\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_kode_idx\` ON \`transisi_kesegaran\` (\`kode\`);`)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_pemilik_idx\` ON \`transisi_kesegaran\` (\`pemilik_id\`);`)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_ke_idx\` ON \`transisi_kesegaran\` (\`ke\`);`)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_pada_idx\` ON \`transisi_kesegaran\` (\`pada\`);`)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_updated_at_idx\` ON \`transisi_kesegaran\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transisi_kesegaran_created_at_idx\` ON \`transisi_kesegaran\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`menu_pada_idx\` ON \`transisi_kesegaran\` (\`menu_id\`,\`pada\`);`)
  await db.run(sql`CREATE TABLE \`hari_libur\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tanggal\` text NOT NULL,
  	\`nama\` text NOT NULL,
  	\`jenis\` text DEFAULT 'libur-nasional' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hari_libur_tanggal_idx\` ON \`hari_libur\` (\`tanggal\`);`)
  await db.run(sql`CREATE INDEX \`hari_libur_updated_at_idx\` ON \`hari_libur\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hari_libur_created_at_idx\` ON \`hari_libur\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`verifikasi\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`pada\` text,
  	\`oleh_id\` integer,
  	\`cara\` text DEFAULT 'login' NOT NULL,
  	\`catatan\` text,
  	\`token_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`verifikasi_menu_idx\` ON \`verifikasi\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`verifikasi_pada_idx\` ON \`verifikasi\` (\`pada\`);`)
  await db.run(sql`CREATE INDEX \`verifikasi_oleh_idx\` ON \`verifikasi\` (\`oleh_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`verifikasi_token_id_idx\` ON \`verifikasi\` (\`token_id\`);`)
  await db.run(sql`CREATE INDEX \`verifikasi_updated_at_idx\` ON \`verifikasi\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`verifikasi_created_at_idx\` ON \`verifikasi\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`menu_pada_1_idx\` ON \`verifikasi\` (\`menu_id\`,\`pada\`);`)
  await db.run(sql`CREATE TABLE \`pengecualian\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`alasan\` text NOT NULL,
  	\`mulai\` text,
  	\`selesai\` text NOT NULL,
  	\`diberikan_oleh_id\` integer,
  	\`diakhiri_pada\` text,
  	\`diakhiri_oleh_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diberikan_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diakhiri_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pengecualian_menu_idx\` ON \`pengecualian\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`pengecualian_mulai_idx\` ON \`pengecualian\` (\`mulai\`);`)
  await db.run(sql`CREATE INDEX \`pengecualian_selesai_idx\` ON \`pengecualian\` (\`selesai\`);`)
  await db.run(sql`CREATE INDEX \`pengecualian_diberikan_oleh_idx\` ON \`pengecualian\` (\`diberikan_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`pengecualian_diakhiri_oleh_idx\` ON \`pengecualian\` (\`diakhiri_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`pengecualian_updated_at_idx\` ON \`pengecualian\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pengecualian_created_at_idx\` ON \`pengecualian\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`laporan_warga\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`pesan\` text NOT NULL,
  	\`kontak\` text,
  	\`status\` text DEFAULT 'baru' NOT NULL,
  	\`catatan_penanganan\` text,
  	\`ditangani_oleh_id\` integer,
  	\`ditangani_pada\` text,
  	\`klien\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ditangani_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`laporan_warga_menu_idx\` ON \`laporan_warga\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`laporan_warga_status_idx\` ON \`laporan_warga\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`laporan_warga_ditangani_oleh_idx\` ON \`laporan_warga\` (\`ditangani_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`laporan_warga_klien_idx\` ON \`laporan_warga\` (\`klien\`);`)
  await db.run(sql`CREATE INDEX \`laporan_warga_updated_at_idx\` ON \`laporan_warga\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laporan_warga_created_at_idx\` ON \`laporan_warga\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hasil_tautan\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kunci\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`kode\` text NOT NULL,
  	\`koleksi\` text NOT NULL,
  	\`dokumen\` text NOT NULL,
  	\`judul_dokumen\` text,
  	\`letak\` text,
  	\`opd_id\` integer,
  	\`pemilik_id\` integer,
  	\`hasil\` text NOT NULL,
  	\`status_kode\` numeric,
  	\`detail\` text,
  	\`rantai\` text,
  	\`usulan_url\` text,
  	\`gagal_berturut\` numeric DEFAULT 0,
  	\`terkonfirmasi\` integer DEFAULT false,
  	\`pertama_gagal\` text,
  	\`dikonfirmasi_pada\` text,
  	\`terakhir_diperiksa\` text NOT NULL,
  	\`riwayat\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pemilik_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hasil_tautan_kunci_idx\` ON \`hasil_tautan\` (\`kunci\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_url_idx\` ON \`hasil_tautan\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_menu_idx\` ON \`hasil_tautan\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_kode_idx\` ON \`hasil_tautan\` (\`kode\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_dokumen_idx\` ON \`hasil_tautan\` (\`dokumen\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_opd_idx\` ON \`hasil_tautan\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_pemilik_idx\` ON \`hasil_tautan\` (\`pemilik_id\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_hasil_idx\` ON \`hasil_tautan\` (\`hasil\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_terkonfirmasi_idx\` ON \`hasil_tautan\` (\`terkonfirmasi\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_terakhir_diperiksa_idx\` ON \`hasil_tautan\` (\`terakhir_diperiksa\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_updated_at_idx\` ON \`hasil_tautan\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hasil_tautan_created_at_idx\` ON \`hasil_tautan\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`kotak_keluar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kunci\` text NOT NULL,
  	\`jenis\` text DEFAULT 'lainnya' NOT NULL,
  	\`subjek\` text NOT NULL,
  	\`status\` text DEFAULT 'antre' NOT NULL,
  	\`percobaan\` numeric DEFAULT 0 NOT NULL,
  	\`percobaan_berikut\` text,
  	\`terkirim_pada\` text,
  	\`galat_terakhir\` text,
  	\`message_id\` text,
  	\`opd_id\` integer,
  	\`sedang_dikirim_sampai\` text,
  	\`teks\` text NOT NULL,
  	\`html\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kotak_keluar_kunci_idx\` ON \`kotak_keluar\` (\`kunci\`);`)
  await db.run(sql`CREATE INDEX \`kotak_keluar_status_idx\` ON \`kotak_keluar\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`kotak_keluar_percobaan_berikut_idx\` ON \`kotak_keluar\` (\`percobaan_berikut\`);`)
  await db.run(sql`CREATE INDEX \`kotak_keluar_opd_idx\` ON \`kotak_keluar\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`kotak_keluar_updated_at_idx\` ON \`kotak_keluar\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kotak_keluar_created_at_idx\` ON \`kotak_keluar\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_percobaanBerikut_idx\` ON \`kotak_keluar\` (\`status\`,\`percobaan_berikut\`);`)
  await db.run(sql`CREATE TABLE \`kotak_keluar_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kotak_keluar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kotak_keluar_texts_order_parent\` ON \`kotak_keluar_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kunci\` text NOT NULL,
  	\`tugas\` text NOT NULL,
  	\`slot\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`mulai\` text NOT NULL,
  	\`selesai\` text,
  	\`pemilik\` text NOT NULL,
  	\`sewa_sampai\` text NOT NULL,
  	\`hitungan\` text,
  	\`galat\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_runs_kunci_idx\` ON \`job_runs\` (\`kunci\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_tugas_idx\` ON \`job_runs\` (\`tugas\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_status_idx\` ON \`job_runs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_updated_at_idx\` ON \`job_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_created_at_idx\` ON \`job_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifikasi_terkirim\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`menu_id\` integer NOT NULL,
  	\`kode\` text NOT NULL,
  	\`pemilik_id\` integer,
  	\`keadaan\` text NOT NULL,
  	\`jenis\` text NOT NULL,
  	\`jatuh_tempo\` text,
  	\`jumlah_laporan\` numeric,
  	\`kunci_email\` text,
  	\`pada\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`menu_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pemilik_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifikasi_terkirim_menu_idx\` ON \`notifikasi_terkirim\` (\`menu_id\`);`)
  await db.run(sql`CREATE INDEX \`notifikasi_terkirim_pemilik_idx\` ON \`notifikasi_terkirim\` (\`pemilik_id\`);`)
  await db.run(sql`CREATE INDEX \`notifikasi_terkirim_pada_idx\` ON \`notifikasi_terkirim\` (\`pada\`);`)
  await db.run(sql`CREATE INDEX \`notifikasi_terkirim_updated_at_idx\` ON \`notifikasi_terkirim\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifikasi_terkirim_created_at_idx\` ON \`notifikasi_terkirim\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`menu_pada_2_idx\` ON \`notifikasi_terkirim\` (\`menu_id\`,\`pada\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`diunggah_oleh_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`diunggah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_diunggah_oleh_idx\` ON \`media\` (\`diunggah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`berkas_formulir\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`keterangan\` text,
  	\`diunggah_oleh_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`diunggah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`berkas_formulir_diunggah_oleh_idx\` ON \`berkas_formulir\` (\`diunggah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`berkas_formulir_updated_at_idx\` ON \`berkas_formulir\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`berkas_formulir_created_at_idx\` ON \`berkas_formulir\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`berkas_formulir_filename_idx\` ON \`berkas_formulir\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`berkas_dokumen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`keterangan\` text,
  	\`diunggah_oleh_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`diunggah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`berkas_dokumen_diunggah_oleh_idx\` ON \`berkas_dokumen\` (\`diunggah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`berkas_dokumen_updated_at_idx\` ON \`berkas_dokumen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`berkas_dokumen_created_at_idx\` ON \`berkas_dokumen\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`berkas_dokumen_filename_idx\` ON \`berkas_dokumen\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`opd_id\` integer,
  	\`users_id\` integer,
  	\`menu_portal_id\` integer,
  	\`komoditas_id\` integer,
  	\`harga_pangan_id\` integer,
  	\`statistik_covid_id\` integer,
  	\`lowongan_kerja_id\` integer,
  	\`peluang_investasi_id\` integer,
  	\`agenda_id\` integer,
  	\`kontak_layanan_id\` integer,
  	\`layanan_publik_id\` integer,
  	\`formulir_id\` integer,
  	\`dokumen_id\` integer,
  	\`berita_id\` integer,
  	\`riwayat_kesegaran_id\` integer,
  	\`transisi_kesegaran_id\` integer,
  	\`hari_libur_id\` integer,
  	\`verifikasi_id\` integer,
  	\`pengecualian_id\` integer,
  	\`laporan_warga_id\` integer,
  	\`hasil_tautan_id\` integer,
  	\`kotak_keluar_id\` integer,
  	\`job_runs_id\` integer,
  	\`notifikasi_terkirim_id\` integer,
  	\`media_id\` integer,
  	\`berkas_formulir_id\` integer,
  	\`berkas_dokumen_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`menu_portal_id\`) REFERENCES \`menu_portal\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`komoditas_id\`) REFERENCES \`komoditas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`harga_pangan_id\`) REFERENCES \`harga_pangan\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistik_covid_id\`) REFERENCES \`statistik_covid\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lowongan_kerja_id\`) REFERENCES \`lowongan_kerja\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`peluang_investasi_id\`) REFERENCES \`peluang_investasi\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kontak_layanan_id\`) REFERENCES \`kontak_layanan\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`layanan_publik_id\`) REFERENCES \`layanan_publik\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`formulir_id\`) REFERENCES \`formulir\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dokumen_id\`) REFERENCES \`dokumen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`berita_id\`) REFERENCES \`berita\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`riwayat_kesegaran_id\`) REFERENCES \`riwayat_kesegaran\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transisi_kesegaran_id\`) REFERENCES \`transisi_kesegaran\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hari_libur_id\`) REFERENCES \`hari_libur\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`verifikasi_id\`) REFERENCES \`verifikasi\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pengecualian_id\`) REFERENCES \`pengecualian\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laporan_warga_id\`) REFERENCES \`laporan_warga\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hasil_tautan_id\`) REFERENCES \`hasil_tautan\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kotak_keluar_id\`) REFERENCES \`kotak_keluar\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_runs_id\`) REFERENCES \`job_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifikasi_terkirim_id\`) REFERENCES \`notifikasi_terkirim\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`berkas_formulir_id\`) REFERENCES \`berkas_formulir\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`berkas_dokumen_id\`) REFERENCES \`berkas_dokumen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opd_id_idx\` ON \`payload_locked_documents_rels\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_menu_portal_id_idx\` ON \`payload_locked_documents_rels\` (\`menu_portal_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_komoditas_id_idx\` ON \`payload_locked_documents_rels\` (\`komoditas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_harga_pangan_id_idx\` ON \`payload_locked_documents_rels\` (\`harga_pangan_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statistik_covid_id_idx\` ON \`payload_locked_documents_rels\` (\`statistik_covid_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lowongan_kerja_id_idx\` ON \`payload_locked_documents_rels\` (\`lowongan_kerja_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_peluang_investasi_id_idx\` ON \`payload_locked_documents_rels\` (\`peluang_investasi_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kontak_layanan_id_idx\` ON \`payload_locked_documents_rels\` (\`kontak_layanan_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_layanan_publik_id_idx\` ON \`payload_locked_documents_rels\` (\`layanan_publik_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_formulir_id_idx\` ON \`payload_locked_documents_rels\` (\`formulir_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dokumen_id_idx\` ON \`payload_locked_documents_rels\` (\`dokumen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_berita_id_idx\` ON \`payload_locked_documents_rels\` (\`berita_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_riwayat_kesegaran_id_idx\` ON \`payload_locked_documents_rels\` (\`riwayat_kesegaran_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transisi_kesegaran_id_idx\` ON \`payload_locked_documents_rels\` (\`transisi_kesegaran_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hari_libur_id_idx\` ON \`payload_locked_documents_rels\` (\`hari_libur_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_verifikasi_id_idx\` ON \`payload_locked_documents_rels\` (\`verifikasi_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pengecualian_id_idx\` ON \`payload_locked_documents_rels\` (\`pengecualian_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laporan_warga_id_idx\` ON \`payload_locked_documents_rels\` (\`laporan_warga_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hasil_tautan_id_idx\` ON \`payload_locked_documents_rels\` (\`hasil_tautan_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kotak_keluar_id_idx\` ON \`payload_locked_documents_rels\` (\`kotak_keluar_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`job_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifikasi_terkirim_id_idx\` ON \`payload_locked_documents_rels\` (\`notifikasi_terkirim_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_berkas_formulir_id_idx\` ON \`payload_locked_documents_rels\` (\`berkas_formulir_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_berkas_dokumen_id_idx\` ON \`payload_locked_documents_rels\` (\`berkas_dokumen_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`opd\`;`)
  await db.run(sql`DROP TABLE \`opd_texts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`menu_portal\`;`)
  await db.run(sql`DROP TABLE \`komoditas\`;`)
  await db.run(sql`DROP TABLE \`harga_pangan\`;`)
  await db.run(sql`DROP TABLE \`_harga_pangan_v\`;`)
  await db.run(sql`DROP TABLE \`statistik_covid\`;`)
  await db.run(sql`DROP TABLE \`_statistik_covid_v\`;`)
  await db.run(sql`DROP TABLE \`lowongan_kerja\`;`)
  await db.run(sql`DROP TABLE \`_lowongan_kerja_v\`;`)
  await db.run(sql`DROP TABLE \`peluang_investasi\`;`)
  await db.run(sql`DROP TABLE \`_peluang_investasi_v\`;`)
  await db.run(sql`DROP TABLE \`agenda\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v\`;`)
  await db.run(sql`DROP TABLE \`kontak_layanan\`;`)
  await db.run(sql`DROP TABLE \`_kontak_layanan_v\`;`)
  await db.run(sql`DROP TABLE \`layanan_publik\`;`)
  await db.run(sql`DROP TABLE \`_layanan_publik_v\`;`)
  await db.run(sql`DROP TABLE \`formulir\`;`)
  await db.run(sql`DROP TABLE \`_formulir_v\`;`)
  await db.run(sql`DROP TABLE \`dokumen\`;`)
  await db.run(sql`DROP TABLE \`_dokumen_v\`;`)
  await db.run(sql`DROP TABLE \`berita\`;`)
  await db.run(sql`DROP TABLE \`_berita_v\`;`)
  await db.run(sql`DROP TABLE \`riwayat_kesegaran\`;`)
  await db.run(sql`DROP TABLE \`transisi_kesegaran\`;`)
  await db.run(sql`DROP TABLE \`hari_libur\`;`)
  await db.run(sql`DROP TABLE \`verifikasi\`;`)
  await db.run(sql`DROP TABLE \`pengecualian\`;`)
  await db.run(sql`DROP TABLE \`laporan_warga\`;`)
  await db.run(sql`DROP TABLE \`hasil_tautan\`;`)
  await db.run(sql`DROP TABLE \`kotak_keluar\`;`)
  await db.run(sql`DROP TABLE \`kotak_keluar_texts\`;`)
  await db.run(sql`DROP TABLE \`job_runs\`;`)
  await db.run(sql`DROP TABLE \`notifikasi_terkirim\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`berkas_formulir\`;`)
  await db.run(sql`DROP TABLE \`berkas_dokumen\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
