import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pengumuman\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`judul\` text,
  	\`isi\` text,
  	\`opd_id\` integer,
  	\`berlaku_mulai\` text,
  	\`berlaku_sampai\` text,
  	\`lampiran_id\` integer,
  	\`diubah_oleh_id\` integer,
  	\`isi_diubah_pada\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lampiran_id\`) REFERENCES \`berkas_dokumen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pengumuman_opd_idx\` ON \`pengumuman\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_berlaku_mulai_idx\` ON \`pengumuman\` (\`berlaku_mulai\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_berlaku_sampai_idx\` ON \`pengumuman\` (\`berlaku_sampai\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_lampiran_idx\` ON \`pengumuman\` (\`lampiran_id\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_diubah_oleh_idx\` ON \`pengumuman\` (\`diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_isi_diubah_pada_idx\` ON \`pengumuman\` (\`isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_updated_at_idx\` ON \`pengumuman\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman_created_at_idx\` ON \`pengumuman\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pengumuman__status_idx\` ON \`pengumuman\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pengumuman_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_judul\` text,
  	\`version_isi\` text,
  	\`version_opd_id\` integer,
  	\`version_berlaku_mulai\` text,
  	\`version_berlaku_sampai\` text,
  	\`version_lampiran_id\` integer,
  	\`version_diubah_oleh_id\` integer,
  	\`version_isi_diubah_pada\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pengumuman\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opd\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lampiran_id\`) REFERENCES \`berkas_dokumen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_diubah_oleh_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_parent_idx\` ON \`_pengumuman_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_opd_idx\` ON \`_pengumuman_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_berlaku_mulai_idx\` ON \`_pengumuman_v\` (\`version_berlaku_mulai\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_berlaku_sampai_idx\` ON \`_pengumuman_v\` (\`version_berlaku_sampai\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_lampiran_idx\` ON \`_pengumuman_v\` (\`version_lampiran_id\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_diubah_oleh_idx\` ON \`_pengumuman_v\` (\`version_diubah_oleh_id\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_isi_diubah_pada_idx\` ON \`_pengumuman_v\` (\`version_isi_diubah_pada\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_updated_at_idx\` ON \`_pengumuman_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version_created_at_idx\` ON \`_pengumuman_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_version_version__status_idx\` ON \`_pengumuman_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_created_at_idx\` ON \`_pengumuman_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_updated_at_idx\` ON \`_pengumuman_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pengumuman_v_latest_idx\` ON \`_pengumuman_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pengumuman_id\` integer REFERENCES pengumuman(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pengumuman_id_idx\` ON \`payload_locked_documents_rels\` (\`pengumuman_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pengumuman\`;`)
  await db.run(sql`DROP TABLE \`_pengumuman_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`percobaan_id\` integer,
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
  	FOREIGN KEY (\`percobaan_id\`) REFERENCES \`percobaan\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`berkas_formulir_id\`) REFERENCES \`berkas_formulir\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`berkas_dokumen_id\`) REFERENCES \`berkas_dokumen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "opd_id", "users_id", "menu_portal_id", "komoditas_id", "harga_pangan_id", "statistik_covid_id", "lowongan_kerja_id", "peluang_investasi_id", "agenda_id", "kontak_layanan_id", "layanan_publik_id", "formulir_id", "dokumen_id", "berita_id", "riwayat_kesegaran_id", "transisi_kesegaran_id", "hari_libur_id", "verifikasi_id", "pengecualian_id", "laporan_warga_id", "hasil_tautan_id", "kotak_keluar_id", "job_runs_id", "notifikasi_terkirim_id", "percobaan_id", "media_id", "berkas_formulir_id", "berkas_dokumen_id") SELECT "id", "order", "parent_id", "path", "opd_id", "users_id", "menu_portal_id", "komoditas_id", "harga_pangan_id", "statistik_covid_id", "lowongan_kerja_id", "peluang_investasi_id", "agenda_id", "kontak_layanan_id", "layanan_publik_id", "formulir_id", "dokumen_id", "berita_id", "riwayat_kesegaran_id", "transisi_kesegaran_id", "hari_libur_id", "verifikasi_id", "pengecualian_id", "laporan_warga_id", "hasil_tautan_id", "kotak_keluar_id", "job_runs_id", "notifikasi_terkirim_id", "percobaan_id", "media_id", "berkas_formulir_id", "berkas_dokumen_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_percobaan_id_idx\` ON \`payload_locked_documents_rels\` (\`percobaan_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_berkas_formulir_id_idx\` ON \`payload_locked_documents_rels\` (\`berkas_formulir_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_berkas_dokumen_id_idx\` ON \`payload_locked_documents_rels\` (\`berkas_dokumen_id\`);`)
}
