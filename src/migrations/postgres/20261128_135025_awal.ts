import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_opd_jenis" AS ENUM('dinas', 'badan', 'bagian', 'kecamatan', 'kelurahan', 'lainnya');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'reviewer', 'editor');
  CREATE TYPE "public"."enum_menu_portal_koleksi" AS ENUM('harga-pangan', 'statistik-covid', 'lowongan-kerja', 'peluang-investasi', 'agenda', 'kontak-layanan', 'layanan-publik', 'formulir', 'dokumen', 'berita', 'opd');
  CREATE TYPE "public"."enum_menu_portal_jenis_kontak" AS ENUM('ambulans', 'mobil-jenazah', 'pemadam-kebakaran', 'call-center');
  CREATE TYPE "public"."enum_menu_portal_kadensi" AS ENUM('DAILY', 'WORKDAYS', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL_2', 'ANNUAL', 'IRREG', 'AS_NEEDED', 'NOT_PLANNED');
  CREATE TYPE "public"."enum_menu_portal_status" AS ENUM('aktif', 'arsip');
  CREATE TYPE "public"."enum_komoditas_satuan" AS ENUM('kg', 'liter', 'butir', 'ekor', 'ikat', 'bungkus', 'kaleng');
  CREATE TYPE "public"."enum_komoditas_kategori" AS ENUM('beras-serealia', 'gula-minyak', 'sayur-bumbu', 'daging-telur', 'ikan', 'tepung-olahan', 'lainnya');
  CREATE TYPE "public"."enum_harga_pangan_pasar" AS ENUM('pasar-16-ilir', 'pasar-cinde', 'pasar-lemabang', 'pasar-km-5', 'pasar-kertapati', 'pasar-plaju', 'pasar-sekip-ujung', 'pasar-perumnas', 'pasar-induk-jakabaring', 'pasar-tangga-buntung', 'pasar-kuto', 'pasar-soak-bato', 'pasar-alang-alang-lebar', 'pasar-kebun-semai');
  CREATE TYPE "public"."enum_harga_pangan_satuan" AS ENUM('kg', 'liter', 'butir', 'ekor', 'ikat', 'bungkus', 'kaleng');
  CREATE TYPE "public"."enum_harga_pangan_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__harga_pangan_v_version_pasar" AS ENUM('pasar-16-ilir', 'pasar-cinde', 'pasar-lemabang', 'pasar-km-5', 'pasar-kertapati', 'pasar-plaju', 'pasar-sekip-ujung', 'pasar-perumnas', 'pasar-induk-jakabaring', 'pasar-tangga-buntung', 'pasar-kuto', 'pasar-soak-bato', 'pasar-alang-alang-lebar', 'pasar-kebun-semai');
  CREATE TYPE "public"."enum__harga_pangan_v_version_satuan" AS ENUM('kg', 'liter', 'butir', 'ekor', 'ikat', 'bungkus', 'kaleng');
  CREATE TYPE "public"."enum__harga_pangan_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_statistik_covid_cakupan" AS ENUM('kota', 'kecamatan');
  CREATE TYPE "public"."enum_statistik_covid_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__statistik_covid_v_version_cakupan" AS ENUM('kota', 'kecamatan');
  CREATE TYPE "public"."enum__statistik_covid_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_lowongan_kerja_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lowongan_kerja_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_peluang_investasi_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__peluang_investasi_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_agenda_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agenda_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_kontak_layanan_jenis" AS ENUM('ambulans', 'mobil-jenazah', 'pemadam-kebakaran', 'call-center');
  CREATE TYPE "public"."enum_kontak_layanan_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__kontak_layanan_v_version_jenis" AS ENUM('ambulans', 'mobil-jenazah', 'pemadam-kebakaran', 'call-center');
  CREATE TYPE "public"."enum__kontak_layanan_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_layanan_publik_kategori" AS ENUM('perizinan', 'pajak', 'kependudukan', 'pengaduan', 'hukum', 'kesehatan', 'ketenagakerjaan', 'lainnya');
  CREATE TYPE "public"."enum_layanan_publik_tingkat" AS ENUM('kota', 'kecamatan', 'kelurahan');
  CREATE TYPE "public"."enum_layanan_publik_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__layanan_publik_v_version_kategori" AS ENUM('perizinan', 'pajak', 'kependudukan', 'pengaduan', 'hukum', 'kesehatan', 'ketenagakerjaan', 'lainnya');
  CREATE TYPE "public"."enum__layanan_publik_v_version_tingkat" AS ENUM('kota', 'kecamatan', 'kelurahan');
  CREATE TYPE "public"."enum__layanan_publik_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_formulir_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__formulir_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_dokumen_jenis" AS ENUM('peraturan', 'laporan', 'perencanaan', 'lainnya');
  CREATE TYPE "public"."enum_dokumen_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__dokumen_v_version_jenis" AS ENUM('peraturan', 'laporan', 'perencanaan', 'lainnya');
  CREATE TYPE "public"."enum__dokumen_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_berita_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__berita_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_riwayat_kesegaran_status" AS ENUM('fresh', 'unmonitored', 'archived', 'exempt', 'due', 'overdue', 'delinquent', 'empty', 'broken');
  CREATE TYPE "public"."enum_transisi_kesegaran_dari" AS ENUM('fresh', 'unmonitored', 'archived', 'exempt', 'due', 'overdue', 'delinquent', 'empty', 'broken');
  CREATE TYPE "public"."enum_transisi_kesegaran_ke" AS ENUM('fresh', 'unmonitored', 'archived', 'exempt', 'due', 'overdue', 'delinquent', 'empty', 'broken');
  CREATE TYPE "public"."enum_hari_libur_jenis" AS ENUM('libur-nasional', 'cuti-bersama');
  CREATE TYPE "public"."enum_verifikasi_cara" AS ENUM('login', 'tautan');
  CREATE TYPE "public"."enum_laporan_warga_status" AS ENUM('baru', 'ditangani');
  CREATE TYPE "public"."enum_hasil_tautan_hasil" AS ENUM('ok', 'redirected', 'broken', 'soft-404', 'blocked', 'error');
  CREATE TYPE "public"."enum_kotak_keluar_jenis" AS ENUM('ringkasan-harian', 'eskalasi', 'laporan-mingguan', 'lainnya');
  CREATE TYPE "public"."enum_kotak_keluar_status" AS ENUM('antre', 'terkirim', 'gagal');
  CREATE TYPE "public"."enum_job_runs_status" AS ENUM('berjalan', 'selesai', 'gagal');
  CREATE TYPE "public"."enum_notifikasi_terkirim_jenis" AS ENUM('ringkasan-harian', 'eskalasi');
  CREATE TABLE "opd" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nama" varchar NOT NULL,
  	"singkatan" varchar NOT NULL,
  	"jenis" "enum_opd_jenis" NOT NULL,
  	"induk_id" integer,
  	"email_pimpinan" varchar,
  	"alamat" varchar,
  	"telepon" varchar,
  	"situs" varchar,
  	"aktif" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opd_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nama" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"opd_id" integer
  );
  
  CREATE TABLE "menu_portal" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kode" varchar NOT NULL,
  	"koleksi" "enum_menu_portal_koleksi" NOT NULL,
  	"jenis_kontak" "enum_menu_portal_jenis_kontak",
  	"judul" varchar NOT NULL,
  	"deskripsi" varchar,
  	"pemilik_id" integer NOT NULL,
  	"kadensi" "enum_menu_portal_kadensi" NOT NULL,
  	"ambang_jatuh_tempo" numeric,
  	"ambang_terlambat" numeric,
  	"ambang_sangat_terlambat" numeric,
  	"status" "enum_menu_portal_status" DEFAULT 'aktif' NOT NULL,
  	"catatan_arsip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "komoditas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nama" varchar NOT NULL,
  	"satuan" "enum_komoditas_satuan" DEFAULT 'kg' NOT NULL,
  	"kategori" "enum_komoditas_kategori" DEFAULT 'lainnya' NOT NULL,
  	"aktif" boolean DEFAULT true,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "harga_pangan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"komoditas_id" integer,
  	"pasar" "enum_harga_pangan_pasar",
  	"harga" numeric,
  	"satuan" "enum_harga_pangan_satuan",
  	"tanggal" timestamp(3) with time zone,
  	"ringkasan" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_harga_pangan_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_harga_pangan_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_komoditas_id" integer,
  	"version_pasar" "enum__harga_pangan_v_version_pasar",
  	"version_harga" numeric,
  	"version_satuan" "enum__harga_pangan_v_version_satuan",
  	"version_tanggal" timestamp(3) with time zone,
  	"version_ringkasan" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__harga_pangan_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "statistik_covid" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tanggal" timestamp(3) with time zone,
  	"wilayah_id" integer,
  	"cakupan" "enum_statistik_covid_cakupan",
  	"terkonfirmasi" numeric DEFAULT 0,
  	"dirawat" numeric DEFAULT 0,
  	"sembuh" numeric DEFAULT 0,
  	"meninggal" numeric DEFAULT 0,
  	"odp" numeric DEFAULT 0,
  	"pdp" numeric DEFAULT 0,
  	"ringkasan" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_statistik_covid_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_statistik_covid_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tanggal" timestamp(3) with time zone,
  	"version_wilayah_id" integer,
  	"version_cakupan" "enum__statistik_covid_v_version_cakupan",
  	"version_terkonfirmasi" numeric DEFAULT 0,
  	"version_dirawat" numeric DEFAULT 0,
  	"version_sembuh" numeric DEFAULT 0,
  	"version_meninggal" numeric DEFAULT 0,
  	"version_odp" numeric DEFAULT 0,
  	"version_pdp" numeric DEFAULT 0,
  	"version_ringkasan" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__statistik_covid_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "lowongan_kerja" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"posisi" varchar,
  	"perusahaan" varchar,
  	"lokasi" varchar,
  	"batas_lamaran" timestamp(3) with time zone,
  	"deskripsi" varchar,
  	"tautan" varchar,
  	"kontak" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lowongan_kerja_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_lowongan_kerja_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_posisi" varchar,
  	"version_perusahaan" varchar,
  	"version_lokasi" varchar,
  	"version_batas_lamaran" timestamp(3) with time zone,
  	"version_deskripsi" varchar,
  	"version_tautan" varchar,
  	"version_kontak" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lowongan_kerja_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "peluang_investasi" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"judul" varchar,
  	"sektor" varchar,
  	"lokasi" varchar,
  	"nilai_investasi" numeric,
  	"tahun_data" numeric,
  	"deskripsi" varchar,
  	"kontak" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_peluang_investasi_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_peluang_investasi_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_judul" varchar,
  	"version_sektor" varchar,
  	"version_lokasi" varchar,
  	"version_nilai_investasi" numeric,
  	"version_tahun_data" numeric,
  	"version_deskripsi" varchar,
  	"version_kontak" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__peluang_investasi_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "agenda" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"judul" varchar,
  	"mulai" timestamp(3) with time zone,
  	"selesai" timestamp(3) with time zone,
  	"lokasi" varchar,
  	"penyelenggara_id" integer,
  	"keterangan" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_agenda_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_agenda_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_judul" varchar,
  	"version_mulai" timestamp(3) with time zone,
  	"version_selesai" timestamp(3) with time zone,
  	"version_lokasi" varchar,
  	"version_penyelenggara_id" integer,
  	"version_keterangan" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__agenda_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "kontak_layanan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"jenis" "enum_kontak_layanan_jenis",
  	"wilayah" varchar,
  	"petugas" varchar,
  	"telepon" varchar,
  	"whatsapp" varchar,
  	"keterangan" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_kontak_layanan_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_kontak_layanan_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_jenis" "enum__kontak_layanan_v_version_jenis",
  	"version_wilayah" varchar,
  	"version_petugas" varchar,
  	"version_telepon" varchar,
  	"version_whatsapp" varchar,
  	"version_keterangan" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__kontak_layanan_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "layanan_publik" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nama" varchar,
  	"deskripsi" varchar,
  	"kategori" "enum_layanan_publik_kategori",
  	"tingkat" "enum_layanan_publik_tingkat",
  	"url" varchar,
  	"penyelenggara_id" integer,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_layanan_publik_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_layanan_publik_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_nama" varchar,
  	"version_deskripsi" varchar,
  	"version_kategori" "enum__layanan_publik_v_version_kategori",
  	"version_tingkat" "enum__layanan_publik_v_version_tingkat",
  	"version_url" varchar,
  	"version_penyelenggara_id" integer,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__layanan_publik_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "formulir" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"judul" varchar,
  	"layanan_id" integer,
  	"berkas_id" integer,
  	"keterangan" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_formulir_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_formulir_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_judul" varchar,
  	"version_layanan_id" integer,
  	"version_berkas_id" integer,
  	"version_keterangan" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__formulir_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "dokumen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"judul" varchar,
  	"jenis" "enum_dokumen_jenis",
  	"tahun" numeric,
  	"nomor" varchar,
  	"berkas_id" integer,
  	"tautan" varchar,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_dokumen_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_dokumen_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_judul" varchar,
  	"version_jenis" "enum__dokumen_v_version_jenis",
  	"version_tahun" numeric,
  	"version_nomor" varchar,
  	"version_berkas_id" integer,
  	"version_tautan" varchar,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__dokumen_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "berita" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"judul" varchar,
  	"slug" varchar,
  	"ringkasan" varchar,
  	"isi" jsonb,
  	"gambar_id" integer,
  	"tanggal_terbit" timestamp(3) with time zone,
  	"opd_id" integer,
  	"diubah_oleh_id" integer,
  	"isi_diubah_pada" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_berita_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_berita_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_judul" varchar,
  	"version_slug" varchar,
  	"version_ringkasan" varchar,
  	"version_isi" jsonb,
  	"version_gambar_id" integer,
  	"version_tanggal_terbit" timestamp(3) with time zone,
  	"version_opd_id" integer,
  	"version_diubah_oleh_id" integer,
  	"version_isi_diubah_pada" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__berita_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "riwayat_kesegaran" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"menu_id" integer NOT NULL,
  	"kode" varchar NOT NULL,
  	"pemilik_id" integer,
  	"status" "enum_riwayat_kesegaran_status" NOT NULL,
  	"masalah" jsonb,
  	"umur_hari" numeric,
  	"tanggal_data" varchar,
  	"terakhir_diperbarui" timestamp(3) with time zone,
  	"jatuh_tempo" timestamp(3) with time zone,
  	"dijalankan_pada" timestamp(3) with time zone NOT NULL,
  	"putaran" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "transisi_kesegaran" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"menu_id" integer NOT NULL,
  	"kode" varchar NOT NULL,
  	"pemilik_id" integer,
  	"dari" "enum_transisi_kesegaran_dari" NOT NULL,
  	"ke" "enum_transisi_kesegaran_ke" NOT NULL,
  	"pada" timestamp(3) with time zone NOT NULL,
  	"putaran" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hari_libur" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tanggal" varchar NOT NULL,
  	"nama" varchar NOT NULL,
  	"jenis" "enum_hari_libur_jenis" DEFAULT 'libur-nasional' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "verifikasi" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"menu_id" integer NOT NULL,
  	"pada" timestamp(3) with time zone,
  	"oleh_id" integer,
  	"cara" "enum_verifikasi_cara" DEFAULT 'login' NOT NULL,
  	"catatan" varchar,
  	"token_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pengecualian" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"menu_id" integer NOT NULL,
  	"alasan" varchar NOT NULL,
  	"mulai" timestamp(3) with time zone,
  	"selesai" timestamp(3) with time zone NOT NULL,
  	"diberikan_oleh_id" integer,
  	"diakhiri_pada" timestamp(3) with time zone,
  	"diakhiri_oleh_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "laporan_warga" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"menu_id" integer NOT NULL,
  	"pesan" varchar NOT NULL,
  	"kontak" varchar,
  	"status" "enum_laporan_warga_status" DEFAULT 'baru' NOT NULL,
  	"catatan_penanganan" varchar,
  	"ditangani_oleh_id" integer,
  	"ditangani_pada" timestamp(3) with time zone,
  	"klien" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hasil_tautan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kunci" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"menu_id" integer NOT NULL,
  	"kode" varchar NOT NULL,
  	"koleksi" varchar NOT NULL,
  	"dokumen" varchar NOT NULL,
  	"judul_dokumen" varchar,
  	"letak" varchar,
  	"opd_id" integer,
  	"pemilik_id" integer,
  	"hasil" "enum_hasil_tautan_hasil" NOT NULL,
  	"status_kode" numeric,
  	"detail" varchar,
  	"rantai" jsonb,
  	"usulan_url" varchar,
  	"gagal_berturut" numeric DEFAULT 0,
  	"terkonfirmasi" boolean DEFAULT false,
  	"pertama_gagal" timestamp(3) with time zone,
  	"dikonfirmasi_pada" timestamp(3) with time zone,
  	"terakhir_diperiksa" timestamp(3) with time zone NOT NULL,
  	"riwayat" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kotak_keluar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kunci" varchar NOT NULL,
  	"jenis" "enum_kotak_keluar_jenis" DEFAULT 'lainnya' NOT NULL,
  	"subjek" varchar NOT NULL,
  	"status" "enum_kotak_keluar_status" DEFAULT 'antre' NOT NULL,
  	"percobaan" numeric DEFAULT 0 NOT NULL,
  	"percobaan_berikut" timestamp(3) with time zone,
  	"terkirim_pada" timestamp(3) with time zone,
  	"galat_terakhir" varchar,
  	"message_id" varchar,
  	"opd_id" integer,
  	"sedang_dikirim_sampai" timestamp(3) with time zone,
  	"teks" varchar NOT NULL,
  	"html" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "kotak_keluar_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "job_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kunci" varchar NOT NULL,
  	"tugas" varchar NOT NULL,
  	"slot" varchar NOT NULL,
  	"status" "enum_job_runs_status" NOT NULL,
  	"mulai" timestamp(3) with time zone NOT NULL,
  	"selesai" timestamp(3) with time zone,
  	"pemilik" varchar NOT NULL,
  	"sewa_sampai" timestamp(3) with time zone NOT NULL,
  	"hitungan" jsonb,
  	"galat" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifikasi_terkirim" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"menu_id" integer NOT NULL,
  	"kode" varchar NOT NULL,
  	"pemilik_id" integer,
  	"keadaan" varchar NOT NULL,
  	"jenis" "enum_notifikasi_terkirim_jenis" NOT NULL,
  	"jatuh_tempo" timestamp(3) with time zone,
  	"jumlah_laporan" numeric,
  	"kunci_email" varchar,
  	"pada" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"diunggah_oleh_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "berkas_formulir" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"keterangan" varchar,
  	"diunggah_oleh_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "berkas_dokumen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"keterangan" varchar,
  	"diunggah_oleh_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"opd_id" integer,
  	"users_id" integer,
  	"menu_portal_id" integer,
  	"komoditas_id" integer,
  	"harga_pangan_id" integer,
  	"statistik_covid_id" integer,
  	"lowongan_kerja_id" integer,
  	"peluang_investasi_id" integer,
  	"agenda_id" integer,
  	"kontak_layanan_id" integer,
  	"layanan_publik_id" integer,
  	"formulir_id" integer,
  	"dokumen_id" integer,
  	"berita_id" integer,
  	"riwayat_kesegaran_id" integer,
  	"transisi_kesegaran_id" integer,
  	"hari_libur_id" integer,
  	"verifikasi_id" integer,
  	"pengecualian_id" integer,
  	"laporan_warga_id" integer,
  	"hasil_tautan_id" integer,
  	"kotak_keluar_id" integer,
  	"job_runs_id" integer,
  	"notifikasi_terkirim_id" integer,
  	"media_id" integer,
  	"berkas_formulir_id" integer,
  	"berkas_dokumen_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "opd" ADD CONSTRAINT "opd_induk_id_opd_id_fk" FOREIGN KEY ("induk_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opd_texts" ADD CONSTRAINT "opd_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opd"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_opd_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "menu_portal" ADD CONSTRAINT "menu_portal_pemilik_id_opd_id_fk" FOREIGN KEY ("pemilik_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "komoditas" ADD CONSTRAINT "komoditas_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "harga_pangan" ADD CONSTRAINT "harga_pangan_komoditas_id_komoditas_id_fk" FOREIGN KEY ("komoditas_id") REFERENCES "public"."komoditas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "harga_pangan" ADD CONSTRAINT "harga_pangan_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_harga_pangan_v" ADD CONSTRAINT "_harga_pangan_v_parent_id_harga_pangan_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."harga_pangan"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_harga_pangan_v" ADD CONSTRAINT "_harga_pangan_v_version_komoditas_id_komoditas_id_fk" FOREIGN KEY ("version_komoditas_id") REFERENCES "public"."komoditas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_harga_pangan_v" ADD CONSTRAINT "_harga_pangan_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistik_covid" ADD CONSTRAINT "statistik_covid_wilayah_id_opd_id_fk" FOREIGN KEY ("wilayah_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistik_covid" ADD CONSTRAINT "statistik_covid_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistik_covid_v" ADD CONSTRAINT "_statistik_covid_v_parent_id_statistik_covid_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."statistik_covid"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistik_covid_v" ADD CONSTRAINT "_statistik_covid_v_version_wilayah_id_opd_id_fk" FOREIGN KEY ("version_wilayah_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistik_covid_v" ADD CONSTRAINT "_statistik_covid_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lowongan_kerja" ADD CONSTRAINT "lowongan_kerja_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lowongan_kerja_v" ADD CONSTRAINT "_lowongan_kerja_v_parent_id_lowongan_kerja_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lowongan_kerja"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lowongan_kerja_v" ADD CONSTRAINT "_lowongan_kerja_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "peluang_investasi" ADD CONSTRAINT "peluang_investasi_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_peluang_investasi_v" ADD CONSTRAINT "_peluang_investasi_v_parent_id_peluang_investasi_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."peluang_investasi"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_peluang_investasi_v" ADD CONSTRAINT "_peluang_investasi_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda" ADD CONSTRAINT "agenda_penyelenggara_id_opd_id_fk" FOREIGN KEY ("penyelenggara_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda" ADD CONSTRAINT "agenda_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agenda_v" ADD CONSTRAINT "_agenda_v_parent_id_agenda_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agenda"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agenda_v" ADD CONSTRAINT "_agenda_v_version_penyelenggara_id_opd_id_fk" FOREIGN KEY ("version_penyelenggara_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agenda_v" ADD CONSTRAINT "_agenda_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kontak_layanan" ADD CONSTRAINT "kontak_layanan_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kontak_layanan_v" ADD CONSTRAINT "_kontak_layanan_v_parent_id_kontak_layanan_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kontak_layanan"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_kontak_layanan_v" ADD CONSTRAINT "_kontak_layanan_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "layanan_publik" ADD CONSTRAINT "layanan_publik_penyelenggara_id_opd_id_fk" FOREIGN KEY ("penyelenggara_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "layanan_publik" ADD CONSTRAINT "layanan_publik_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_layanan_publik_v" ADD CONSTRAINT "_layanan_publik_v_parent_id_layanan_publik_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."layanan_publik"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_layanan_publik_v" ADD CONSTRAINT "_layanan_publik_v_version_penyelenggara_id_opd_id_fk" FOREIGN KEY ("version_penyelenggara_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_layanan_publik_v" ADD CONSTRAINT "_layanan_publik_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formulir" ADD CONSTRAINT "formulir_layanan_id_layanan_publik_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "public"."layanan_publik"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formulir" ADD CONSTRAINT "formulir_berkas_id_berkas_formulir_id_fk" FOREIGN KEY ("berkas_id") REFERENCES "public"."berkas_formulir"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "formulir" ADD CONSTRAINT "formulir_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formulir_v" ADD CONSTRAINT "_formulir_v_parent_id_formulir_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."formulir"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formulir_v" ADD CONSTRAINT "_formulir_v_version_layanan_id_layanan_publik_id_fk" FOREIGN KEY ("version_layanan_id") REFERENCES "public"."layanan_publik"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formulir_v" ADD CONSTRAINT "_formulir_v_version_berkas_id_berkas_formulir_id_fk" FOREIGN KEY ("version_berkas_id") REFERENCES "public"."berkas_formulir"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_formulir_v" ADD CONSTRAINT "_formulir_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_berkas_id_berkas_dokumen_id_fk" FOREIGN KEY ("berkas_id") REFERENCES "public"."berkas_dokumen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dokumen_v" ADD CONSTRAINT "_dokumen_v_parent_id_dokumen_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dokumen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dokumen_v" ADD CONSTRAINT "_dokumen_v_version_berkas_id_berkas_dokumen_id_fk" FOREIGN KEY ("version_berkas_id") REFERENCES "public"."berkas_dokumen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dokumen_v" ADD CONSTRAINT "_dokumen_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "berita" ADD CONSTRAINT "berita_gambar_id_media_id_fk" FOREIGN KEY ("gambar_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "berita" ADD CONSTRAINT "berita_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "berita" ADD CONSTRAINT "berita_diubah_oleh_id_users_id_fk" FOREIGN KEY ("diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_berita_v" ADD CONSTRAINT "_berita_v_parent_id_berita_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."berita"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_berita_v" ADD CONSTRAINT "_berita_v_version_gambar_id_media_id_fk" FOREIGN KEY ("version_gambar_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_berita_v" ADD CONSTRAINT "_berita_v_version_opd_id_opd_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_berita_v" ADD CONSTRAINT "_berita_v_version_diubah_oleh_id_users_id_fk" FOREIGN KEY ("version_diubah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "riwayat_kesegaran" ADD CONSTRAINT "riwayat_kesegaran_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "riwayat_kesegaran" ADD CONSTRAINT "riwayat_kesegaran_pemilik_id_opd_id_fk" FOREIGN KEY ("pemilik_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transisi_kesegaran" ADD CONSTRAINT "transisi_kesegaran_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transisi_kesegaran" ADD CONSTRAINT "transisi_kesegaran_pemilik_id_opd_id_fk" FOREIGN KEY ("pemilik_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verifikasi" ADD CONSTRAINT "verifikasi_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "verifikasi" ADD CONSTRAINT "verifikasi_oleh_id_users_id_fk" FOREIGN KEY ("oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pengecualian" ADD CONSTRAINT "pengecualian_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pengecualian" ADD CONSTRAINT "pengecualian_diberikan_oleh_id_users_id_fk" FOREIGN KEY ("diberikan_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pengecualian" ADD CONSTRAINT "pengecualian_diakhiri_oleh_id_users_id_fk" FOREIGN KEY ("diakhiri_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laporan_warga" ADD CONSTRAINT "laporan_warga_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laporan_warga" ADD CONSTRAINT "laporan_warga_ditangani_oleh_id_users_id_fk" FOREIGN KEY ("ditangani_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hasil_tautan" ADD CONSTRAINT "hasil_tautan_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hasil_tautan" ADD CONSTRAINT "hasil_tautan_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "hasil_tautan" ADD CONSTRAINT "hasil_tautan_pemilik_id_opd_id_fk" FOREIGN KEY ("pemilik_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kotak_keluar" ADD CONSTRAINT "kotak_keluar_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "kotak_keluar_texts" ADD CONSTRAINT "kotak_keluar_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kotak_keluar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifikasi_terkirim" ADD CONSTRAINT "notifikasi_terkirim_menu_id_menu_portal_id_fk" FOREIGN KEY ("menu_id") REFERENCES "public"."menu_portal"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifikasi_terkirim" ADD CONSTRAINT "notifikasi_terkirim_pemilik_id_opd_id_fk" FOREIGN KEY ("pemilik_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_diunggah_oleh_id_users_id_fk" FOREIGN KEY ("diunggah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "berkas_formulir" ADD CONSTRAINT "berkas_formulir_diunggah_oleh_id_users_id_fk" FOREIGN KEY ("diunggah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "berkas_dokumen" ADD CONSTRAINT "berkas_dokumen_diunggah_oleh_id_users_id_fk" FOREIGN KEY ("diunggah_oleh_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opd_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_menu_portal_fk" FOREIGN KEY ("menu_portal_id") REFERENCES "public"."menu_portal"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_komoditas_fk" FOREIGN KEY ("komoditas_id") REFERENCES "public"."komoditas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_harga_pangan_fk" FOREIGN KEY ("harga_pangan_id") REFERENCES "public"."harga_pangan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_statistik_covid_fk" FOREIGN KEY ("statistik_covid_id") REFERENCES "public"."statistik_covid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lowongan_kerja_fk" FOREIGN KEY ("lowongan_kerja_id") REFERENCES "public"."lowongan_kerja"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_peluang_investasi_fk" FOREIGN KEY ("peluang_investasi_id") REFERENCES "public"."peluang_investasi"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agenda_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kontak_layanan_fk" FOREIGN KEY ("kontak_layanan_id") REFERENCES "public"."kontak_layanan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_layanan_publik_fk" FOREIGN KEY ("layanan_publik_id") REFERENCES "public"."layanan_publik"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_formulir_fk" FOREIGN KEY ("formulir_id") REFERENCES "public"."formulir"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dokumen_fk" FOREIGN KEY ("dokumen_id") REFERENCES "public"."dokumen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_berita_fk" FOREIGN KEY ("berita_id") REFERENCES "public"."berita"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_riwayat_kesegaran_fk" FOREIGN KEY ("riwayat_kesegaran_id") REFERENCES "public"."riwayat_kesegaran"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transisi_kesegaran_fk" FOREIGN KEY ("transisi_kesegaran_id") REFERENCES "public"."transisi_kesegaran"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hari_libur_fk" FOREIGN KEY ("hari_libur_id") REFERENCES "public"."hari_libur"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_verifikasi_fk" FOREIGN KEY ("verifikasi_id") REFERENCES "public"."verifikasi"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pengecualian_fk" FOREIGN KEY ("pengecualian_id") REFERENCES "public"."pengecualian"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_laporan_warga_fk" FOREIGN KEY ("laporan_warga_id") REFERENCES "public"."laporan_warga"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hasil_tautan_fk" FOREIGN KEY ("hasil_tautan_id") REFERENCES "public"."hasil_tautan"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_kotak_keluar_fk" FOREIGN KEY ("kotak_keluar_id") REFERENCES "public"."kotak_keluar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_runs_fk" FOREIGN KEY ("job_runs_id") REFERENCES "public"."job_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifikasi_terkirim_fk" FOREIGN KEY ("notifikasi_terkirim_id") REFERENCES "public"."notifikasi_terkirim"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_berkas_formulir_fk" FOREIGN KEY ("berkas_formulir_id") REFERENCES "public"."berkas_formulir"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_berkas_dokumen_fk" FOREIGN KEY ("berkas_dokumen_id") REFERENCES "public"."berkas_dokumen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "opd_singkatan_idx" ON "opd" USING btree ("singkatan");
  CREATE INDEX "opd_induk_idx" ON "opd" USING btree ("induk_id");
  CREATE INDEX "opd_updated_at_idx" ON "opd" USING btree ("updated_at");
  CREATE INDEX "opd_created_at_idx" ON "opd" USING btree ("created_at");
  CREATE INDEX "opd_texts_order_parent" ON "opd_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_opd_id_idx" ON "users_rels" USING btree ("opd_id");
  CREATE UNIQUE INDEX "menu_portal_kode_idx" ON "menu_portal" USING btree ("kode");
  CREATE INDEX "menu_portal_koleksi_idx" ON "menu_portal" USING btree ("koleksi");
  CREATE INDEX "menu_portal_pemilik_idx" ON "menu_portal" USING btree ("pemilik_id");
  CREATE INDEX "menu_portal_updated_at_idx" ON "menu_portal" USING btree ("updated_at");
  CREATE INDEX "menu_portal_created_at_idx" ON "menu_portal" USING btree ("created_at");
  CREATE UNIQUE INDEX "komoditas_nama_idx" ON "komoditas" USING btree ("nama");
  CREATE INDEX "komoditas_diubah_oleh_idx" ON "komoditas" USING btree ("diubah_oleh_id");
  CREATE INDEX "komoditas_isi_diubah_pada_idx" ON "komoditas" USING btree ("isi_diubah_pada");
  CREATE INDEX "komoditas_updated_at_idx" ON "komoditas" USING btree ("updated_at");
  CREATE INDEX "komoditas_created_at_idx" ON "komoditas" USING btree ("created_at");
  CREATE INDEX "harga_pangan_komoditas_idx" ON "harga_pangan" USING btree ("komoditas_id");
  CREATE INDEX "harga_pangan_pasar_idx" ON "harga_pangan" USING btree ("pasar");
  CREATE INDEX "harga_pangan_tanggal_idx" ON "harga_pangan" USING btree ("tanggal");
  CREATE INDEX "harga_pangan_diubah_oleh_idx" ON "harga_pangan" USING btree ("diubah_oleh_id");
  CREATE INDEX "harga_pangan_isi_diubah_pada_idx" ON "harga_pangan" USING btree ("isi_diubah_pada");
  CREATE INDEX "harga_pangan_updated_at_idx" ON "harga_pangan" USING btree ("updated_at");
  CREATE INDEX "harga_pangan_created_at_idx" ON "harga_pangan" USING btree ("created_at");
  CREATE INDEX "harga_pangan__status_idx" ON "harga_pangan" USING btree ("_status");
  CREATE UNIQUE INDEX "komoditas_pasar_tanggal_idx" ON "harga_pangan" USING btree ("komoditas_id","pasar","tanggal");
  CREATE INDEX "_status_tanggal_idx" ON "harga_pangan" USING btree ("_status","tanggal");
  CREATE INDEX "_harga_pangan_v_parent_idx" ON "_harga_pangan_v" USING btree ("parent_id");
  CREATE INDEX "_harga_pangan_v_version_version_komoditas_idx" ON "_harga_pangan_v" USING btree ("version_komoditas_id");
  CREATE INDEX "_harga_pangan_v_version_version_pasar_idx" ON "_harga_pangan_v" USING btree ("version_pasar");
  CREATE INDEX "_harga_pangan_v_version_version_tanggal_idx" ON "_harga_pangan_v" USING btree ("version_tanggal");
  CREATE INDEX "_harga_pangan_v_version_version_diubah_oleh_idx" ON "_harga_pangan_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_harga_pangan_v_version_version_isi_diubah_pada_idx" ON "_harga_pangan_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_harga_pangan_v_version_version_updated_at_idx" ON "_harga_pangan_v" USING btree ("version_updated_at");
  CREATE INDEX "_harga_pangan_v_version_version_created_at_idx" ON "_harga_pangan_v" USING btree ("version_created_at");
  CREATE INDEX "_harga_pangan_v_version_version__status_idx" ON "_harga_pangan_v" USING btree ("version__status");
  CREATE INDEX "_harga_pangan_v_created_at_idx" ON "_harga_pangan_v" USING btree ("created_at");
  CREATE INDEX "_harga_pangan_v_updated_at_idx" ON "_harga_pangan_v" USING btree ("updated_at");
  CREATE INDEX "_harga_pangan_v_latest_idx" ON "_harga_pangan_v" USING btree ("latest");
  CREATE INDEX "version_komoditas_version_pasar_version_tanggal_idx" ON "_harga_pangan_v" USING btree ("version_komoditas_id","version_pasar","version_tanggal");
  CREATE INDEX "version__status_version_tanggal_idx" ON "_harga_pangan_v" USING btree ("version__status","version_tanggal");
  CREATE INDEX "statistik_covid_tanggal_idx" ON "statistik_covid" USING btree ("tanggal");
  CREATE INDEX "statistik_covid_wilayah_idx" ON "statistik_covid" USING btree ("wilayah_id");
  CREATE INDEX "statistik_covid_cakupan_idx" ON "statistik_covid" USING btree ("cakupan");
  CREATE INDEX "statistik_covid_diubah_oleh_idx" ON "statistik_covid" USING btree ("diubah_oleh_id");
  CREATE INDEX "statistik_covid_isi_diubah_pada_idx" ON "statistik_covid" USING btree ("isi_diubah_pada");
  CREATE INDEX "statistik_covid_updated_at_idx" ON "statistik_covid" USING btree ("updated_at");
  CREATE INDEX "statistik_covid_created_at_idx" ON "statistik_covid" USING btree ("created_at");
  CREATE INDEX "statistik_covid__status_idx" ON "statistik_covid" USING btree ("_status");
  CREATE INDEX "tanggal_wilayah_idx" ON "statistik_covid" USING btree ("tanggal","wilayah_id");
  CREATE INDEX "_status_tanggal_1_idx" ON "statistik_covid" USING btree ("_status","tanggal");
  CREATE INDEX "_statistik_covid_v_parent_idx" ON "_statistik_covid_v" USING btree ("parent_id");
  CREATE INDEX "_statistik_covid_v_version_version_tanggal_idx" ON "_statistik_covid_v" USING btree ("version_tanggal");
  CREATE INDEX "_statistik_covid_v_version_version_wilayah_idx" ON "_statistik_covid_v" USING btree ("version_wilayah_id");
  CREATE INDEX "_statistik_covid_v_version_version_cakupan_idx" ON "_statistik_covid_v" USING btree ("version_cakupan");
  CREATE INDEX "_statistik_covid_v_version_version_diubah_oleh_idx" ON "_statistik_covid_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_statistik_covid_v_version_version_isi_diubah_pada_idx" ON "_statistik_covid_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_statistik_covid_v_version_version_updated_at_idx" ON "_statistik_covid_v" USING btree ("version_updated_at");
  CREATE INDEX "_statistik_covid_v_version_version_created_at_idx" ON "_statistik_covid_v" USING btree ("version_created_at");
  CREATE INDEX "_statistik_covid_v_version_version__status_idx" ON "_statistik_covid_v" USING btree ("version__status");
  CREATE INDEX "_statistik_covid_v_created_at_idx" ON "_statistik_covid_v" USING btree ("created_at");
  CREATE INDEX "_statistik_covid_v_updated_at_idx" ON "_statistik_covid_v" USING btree ("updated_at");
  CREATE INDEX "_statistik_covid_v_latest_idx" ON "_statistik_covid_v" USING btree ("latest");
  CREATE INDEX "version_tanggal_version_wilayah_idx" ON "_statistik_covid_v" USING btree ("version_tanggal","version_wilayah_id");
  CREATE INDEX "version__status_version_tanggal_1_idx" ON "_statistik_covid_v" USING btree ("version__status","version_tanggal");
  CREATE INDEX "lowongan_kerja_batas_lamaran_idx" ON "lowongan_kerja" USING btree ("batas_lamaran");
  CREATE INDEX "lowongan_kerja_diubah_oleh_idx" ON "lowongan_kerja" USING btree ("diubah_oleh_id");
  CREATE INDEX "lowongan_kerja_isi_diubah_pada_idx" ON "lowongan_kerja" USING btree ("isi_diubah_pada");
  CREATE INDEX "lowongan_kerja_updated_at_idx" ON "lowongan_kerja" USING btree ("updated_at");
  CREATE INDEX "lowongan_kerja_created_at_idx" ON "lowongan_kerja" USING btree ("created_at");
  CREATE INDEX "lowongan_kerja__status_idx" ON "lowongan_kerja" USING btree ("_status");
  CREATE INDEX "_lowongan_kerja_v_parent_idx" ON "_lowongan_kerja_v" USING btree ("parent_id");
  CREATE INDEX "_lowongan_kerja_v_version_version_batas_lamaran_idx" ON "_lowongan_kerja_v" USING btree ("version_batas_lamaran");
  CREATE INDEX "_lowongan_kerja_v_version_version_diubah_oleh_idx" ON "_lowongan_kerja_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_lowongan_kerja_v_version_version_isi_diubah_pada_idx" ON "_lowongan_kerja_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_lowongan_kerja_v_version_version_updated_at_idx" ON "_lowongan_kerja_v" USING btree ("version_updated_at");
  CREATE INDEX "_lowongan_kerja_v_version_version_created_at_idx" ON "_lowongan_kerja_v" USING btree ("version_created_at");
  CREATE INDEX "_lowongan_kerja_v_version_version__status_idx" ON "_lowongan_kerja_v" USING btree ("version__status");
  CREATE INDEX "_lowongan_kerja_v_created_at_idx" ON "_lowongan_kerja_v" USING btree ("created_at");
  CREATE INDEX "_lowongan_kerja_v_updated_at_idx" ON "_lowongan_kerja_v" USING btree ("updated_at");
  CREATE INDEX "_lowongan_kerja_v_latest_idx" ON "_lowongan_kerja_v" USING btree ("latest");
  CREATE INDEX "peluang_investasi_tahun_data_idx" ON "peluang_investasi" USING btree ("tahun_data");
  CREATE INDEX "peluang_investasi_diubah_oleh_idx" ON "peluang_investasi" USING btree ("diubah_oleh_id");
  CREATE INDEX "peluang_investasi_isi_diubah_pada_idx" ON "peluang_investasi" USING btree ("isi_diubah_pada");
  CREATE INDEX "peluang_investasi_updated_at_idx" ON "peluang_investasi" USING btree ("updated_at");
  CREATE INDEX "peluang_investasi_created_at_idx" ON "peluang_investasi" USING btree ("created_at");
  CREATE INDEX "peluang_investasi__status_idx" ON "peluang_investasi" USING btree ("_status");
  CREATE INDEX "_peluang_investasi_v_parent_idx" ON "_peluang_investasi_v" USING btree ("parent_id");
  CREATE INDEX "_peluang_investasi_v_version_version_tahun_data_idx" ON "_peluang_investasi_v" USING btree ("version_tahun_data");
  CREATE INDEX "_peluang_investasi_v_version_version_diubah_oleh_idx" ON "_peluang_investasi_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_peluang_investasi_v_version_version_isi_diubah_pada_idx" ON "_peluang_investasi_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_peluang_investasi_v_version_version_updated_at_idx" ON "_peluang_investasi_v" USING btree ("version_updated_at");
  CREATE INDEX "_peluang_investasi_v_version_version_created_at_idx" ON "_peluang_investasi_v" USING btree ("version_created_at");
  CREATE INDEX "_peluang_investasi_v_version_version__status_idx" ON "_peluang_investasi_v" USING btree ("version__status");
  CREATE INDEX "_peluang_investasi_v_created_at_idx" ON "_peluang_investasi_v" USING btree ("created_at");
  CREATE INDEX "_peluang_investasi_v_updated_at_idx" ON "_peluang_investasi_v" USING btree ("updated_at");
  CREATE INDEX "_peluang_investasi_v_latest_idx" ON "_peluang_investasi_v" USING btree ("latest");
  CREATE INDEX "agenda_mulai_idx" ON "agenda" USING btree ("mulai");
  CREATE INDEX "agenda_selesai_idx" ON "agenda" USING btree ("selesai");
  CREATE INDEX "agenda_penyelenggara_idx" ON "agenda" USING btree ("penyelenggara_id");
  CREATE INDEX "agenda_diubah_oleh_idx" ON "agenda" USING btree ("diubah_oleh_id");
  CREATE INDEX "agenda_isi_diubah_pada_idx" ON "agenda" USING btree ("isi_diubah_pada");
  CREATE INDEX "agenda_updated_at_idx" ON "agenda" USING btree ("updated_at");
  CREATE INDEX "agenda_created_at_idx" ON "agenda" USING btree ("created_at");
  CREATE INDEX "agenda__status_idx" ON "agenda" USING btree ("_status");
  CREATE INDEX "_agenda_v_parent_idx" ON "_agenda_v" USING btree ("parent_id");
  CREATE INDEX "_agenda_v_version_version_mulai_idx" ON "_agenda_v" USING btree ("version_mulai");
  CREATE INDEX "_agenda_v_version_version_selesai_idx" ON "_agenda_v" USING btree ("version_selesai");
  CREATE INDEX "_agenda_v_version_version_penyelenggara_idx" ON "_agenda_v" USING btree ("version_penyelenggara_id");
  CREATE INDEX "_agenda_v_version_version_diubah_oleh_idx" ON "_agenda_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_agenda_v_version_version_isi_diubah_pada_idx" ON "_agenda_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_agenda_v_version_version_updated_at_idx" ON "_agenda_v" USING btree ("version_updated_at");
  CREATE INDEX "_agenda_v_version_version_created_at_idx" ON "_agenda_v" USING btree ("version_created_at");
  CREATE INDEX "_agenda_v_version_version__status_idx" ON "_agenda_v" USING btree ("version__status");
  CREATE INDEX "_agenda_v_created_at_idx" ON "_agenda_v" USING btree ("created_at");
  CREATE INDEX "_agenda_v_updated_at_idx" ON "_agenda_v" USING btree ("updated_at");
  CREATE INDEX "_agenda_v_latest_idx" ON "_agenda_v" USING btree ("latest");
  CREATE INDEX "kontak_layanan_jenis_idx" ON "kontak_layanan" USING btree ("jenis");
  CREATE INDEX "kontak_layanan_diubah_oleh_idx" ON "kontak_layanan" USING btree ("diubah_oleh_id");
  CREATE INDEX "kontak_layanan_isi_diubah_pada_idx" ON "kontak_layanan" USING btree ("isi_diubah_pada");
  CREATE INDEX "kontak_layanan_updated_at_idx" ON "kontak_layanan" USING btree ("updated_at");
  CREATE INDEX "kontak_layanan_created_at_idx" ON "kontak_layanan" USING btree ("created_at");
  CREATE INDEX "kontak_layanan__status_idx" ON "kontak_layanan" USING btree ("_status");
  CREATE INDEX "_kontak_layanan_v_parent_idx" ON "_kontak_layanan_v" USING btree ("parent_id");
  CREATE INDEX "_kontak_layanan_v_version_version_jenis_idx" ON "_kontak_layanan_v" USING btree ("version_jenis");
  CREATE INDEX "_kontak_layanan_v_version_version_diubah_oleh_idx" ON "_kontak_layanan_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_kontak_layanan_v_version_version_isi_diubah_pada_idx" ON "_kontak_layanan_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_kontak_layanan_v_version_version_updated_at_idx" ON "_kontak_layanan_v" USING btree ("version_updated_at");
  CREATE INDEX "_kontak_layanan_v_version_version_created_at_idx" ON "_kontak_layanan_v" USING btree ("version_created_at");
  CREATE INDEX "_kontak_layanan_v_version_version__status_idx" ON "_kontak_layanan_v" USING btree ("version__status");
  CREATE INDEX "_kontak_layanan_v_created_at_idx" ON "_kontak_layanan_v" USING btree ("created_at");
  CREATE INDEX "_kontak_layanan_v_updated_at_idx" ON "_kontak_layanan_v" USING btree ("updated_at");
  CREATE INDEX "_kontak_layanan_v_latest_idx" ON "_kontak_layanan_v" USING btree ("latest");
  CREATE INDEX "layanan_publik_kategori_idx" ON "layanan_publik" USING btree ("kategori");
  CREATE INDEX "layanan_publik_penyelenggara_idx" ON "layanan_publik" USING btree ("penyelenggara_id");
  CREATE INDEX "layanan_publik_diubah_oleh_idx" ON "layanan_publik" USING btree ("diubah_oleh_id");
  CREATE INDEX "layanan_publik_isi_diubah_pada_idx" ON "layanan_publik" USING btree ("isi_diubah_pada");
  CREATE INDEX "layanan_publik_updated_at_idx" ON "layanan_publik" USING btree ("updated_at");
  CREATE INDEX "layanan_publik_created_at_idx" ON "layanan_publik" USING btree ("created_at");
  CREATE INDEX "layanan_publik__status_idx" ON "layanan_publik" USING btree ("_status");
  CREATE INDEX "_layanan_publik_v_parent_idx" ON "_layanan_publik_v" USING btree ("parent_id");
  CREATE INDEX "_layanan_publik_v_version_version_kategori_idx" ON "_layanan_publik_v" USING btree ("version_kategori");
  CREATE INDEX "_layanan_publik_v_version_version_penyelenggara_idx" ON "_layanan_publik_v" USING btree ("version_penyelenggara_id");
  CREATE INDEX "_layanan_publik_v_version_version_diubah_oleh_idx" ON "_layanan_publik_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_layanan_publik_v_version_version_isi_diubah_pada_idx" ON "_layanan_publik_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_layanan_publik_v_version_version_updated_at_idx" ON "_layanan_publik_v" USING btree ("version_updated_at");
  CREATE INDEX "_layanan_publik_v_version_version_created_at_idx" ON "_layanan_publik_v" USING btree ("version_created_at");
  CREATE INDEX "_layanan_publik_v_version_version__status_idx" ON "_layanan_publik_v" USING btree ("version__status");
  CREATE INDEX "_layanan_publik_v_created_at_idx" ON "_layanan_publik_v" USING btree ("created_at");
  CREATE INDEX "_layanan_publik_v_updated_at_idx" ON "_layanan_publik_v" USING btree ("updated_at");
  CREATE INDEX "_layanan_publik_v_latest_idx" ON "_layanan_publik_v" USING btree ("latest");
  CREATE INDEX "formulir_layanan_idx" ON "formulir" USING btree ("layanan_id");
  CREATE INDEX "formulir_berkas_idx" ON "formulir" USING btree ("berkas_id");
  CREATE INDEX "formulir_diubah_oleh_idx" ON "formulir" USING btree ("diubah_oleh_id");
  CREATE INDEX "formulir_isi_diubah_pada_idx" ON "formulir" USING btree ("isi_diubah_pada");
  CREATE INDEX "formulir_updated_at_idx" ON "formulir" USING btree ("updated_at");
  CREATE INDEX "formulir_created_at_idx" ON "formulir" USING btree ("created_at");
  CREATE INDEX "formulir__status_idx" ON "formulir" USING btree ("_status");
  CREATE INDEX "_formulir_v_parent_idx" ON "_formulir_v" USING btree ("parent_id");
  CREATE INDEX "_formulir_v_version_version_layanan_idx" ON "_formulir_v" USING btree ("version_layanan_id");
  CREATE INDEX "_formulir_v_version_version_berkas_idx" ON "_formulir_v" USING btree ("version_berkas_id");
  CREATE INDEX "_formulir_v_version_version_diubah_oleh_idx" ON "_formulir_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_formulir_v_version_version_isi_diubah_pada_idx" ON "_formulir_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_formulir_v_version_version_updated_at_idx" ON "_formulir_v" USING btree ("version_updated_at");
  CREATE INDEX "_formulir_v_version_version_created_at_idx" ON "_formulir_v" USING btree ("version_created_at");
  CREATE INDEX "_formulir_v_version_version__status_idx" ON "_formulir_v" USING btree ("version__status");
  CREATE INDEX "_formulir_v_created_at_idx" ON "_formulir_v" USING btree ("created_at");
  CREATE INDEX "_formulir_v_updated_at_idx" ON "_formulir_v" USING btree ("updated_at");
  CREATE INDEX "_formulir_v_latest_idx" ON "_formulir_v" USING btree ("latest");
  CREATE INDEX "dokumen_jenis_idx" ON "dokumen" USING btree ("jenis");
  CREATE INDEX "dokumen_tahun_idx" ON "dokumen" USING btree ("tahun");
  CREATE INDEX "dokumen_berkas_idx" ON "dokumen" USING btree ("berkas_id");
  CREATE INDEX "dokumen_diubah_oleh_idx" ON "dokumen" USING btree ("diubah_oleh_id");
  CREATE INDEX "dokumen_isi_diubah_pada_idx" ON "dokumen" USING btree ("isi_diubah_pada");
  CREATE INDEX "dokumen_updated_at_idx" ON "dokumen" USING btree ("updated_at");
  CREATE INDEX "dokumen_created_at_idx" ON "dokumen" USING btree ("created_at");
  CREATE INDEX "dokumen__status_idx" ON "dokumen" USING btree ("_status");
  CREATE INDEX "_dokumen_v_parent_idx" ON "_dokumen_v" USING btree ("parent_id");
  CREATE INDEX "_dokumen_v_version_version_jenis_idx" ON "_dokumen_v" USING btree ("version_jenis");
  CREATE INDEX "_dokumen_v_version_version_tahun_idx" ON "_dokumen_v" USING btree ("version_tahun");
  CREATE INDEX "_dokumen_v_version_version_berkas_idx" ON "_dokumen_v" USING btree ("version_berkas_id");
  CREATE INDEX "_dokumen_v_version_version_diubah_oleh_idx" ON "_dokumen_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_dokumen_v_version_version_isi_diubah_pada_idx" ON "_dokumen_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_dokumen_v_version_version_updated_at_idx" ON "_dokumen_v" USING btree ("version_updated_at");
  CREATE INDEX "_dokumen_v_version_version_created_at_idx" ON "_dokumen_v" USING btree ("version_created_at");
  CREATE INDEX "_dokumen_v_version_version__status_idx" ON "_dokumen_v" USING btree ("version__status");
  CREATE INDEX "_dokumen_v_created_at_idx" ON "_dokumen_v" USING btree ("created_at");
  CREATE INDEX "_dokumen_v_updated_at_idx" ON "_dokumen_v" USING btree ("updated_at");
  CREATE INDEX "_dokumen_v_latest_idx" ON "_dokumen_v" USING btree ("latest");
  CREATE UNIQUE INDEX "berita_slug_idx" ON "berita" USING btree ("slug");
  CREATE INDEX "berita_gambar_idx" ON "berita" USING btree ("gambar_id");
  CREATE INDEX "berita_tanggal_terbit_idx" ON "berita" USING btree ("tanggal_terbit");
  CREATE INDEX "berita_opd_idx" ON "berita" USING btree ("opd_id");
  CREATE INDEX "berita_diubah_oleh_idx" ON "berita" USING btree ("diubah_oleh_id");
  CREATE INDEX "berita_isi_diubah_pada_idx" ON "berita" USING btree ("isi_diubah_pada");
  CREATE INDEX "berita_updated_at_idx" ON "berita" USING btree ("updated_at");
  CREATE INDEX "berita_created_at_idx" ON "berita" USING btree ("created_at");
  CREATE INDEX "berita__status_idx" ON "berita" USING btree ("_status");
  CREATE INDEX "_berita_v_parent_idx" ON "_berita_v" USING btree ("parent_id");
  CREATE INDEX "_berita_v_version_version_slug_idx" ON "_berita_v" USING btree ("version_slug");
  CREATE INDEX "_berita_v_version_version_gambar_idx" ON "_berita_v" USING btree ("version_gambar_id");
  CREATE INDEX "_berita_v_version_version_tanggal_terbit_idx" ON "_berita_v" USING btree ("version_tanggal_terbit");
  CREATE INDEX "_berita_v_version_version_opd_idx" ON "_berita_v" USING btree ("version_opd_id");
  CREATE INDEX "_berita_v_version_version_diubah_oleh_idx" ON "_berita_v" USING btree ("version_diubah_oleh_id");
  CREATE INDEX "_berita_v_version_version_isi_diubah_pada_idx" ON "_berita_v" USING btree ("version_isi_diubah_pada");
  CREATE INDEX "_berita_v_version_version_updated_at_idx" ON "_berita_v" USING btree ("version_updated_at");
  CREATE INDEX "_berita_v_version_version_created_at_idx" ON "_berita_v" USING btree ("version_created_at");
  CREATE INDEX "_berita_v_version_version__status_idx" ON "_berita_v" USING btree ("version__status");
  CREATE INDEX "_berita_v_created_at_idx" ON "_berita_v" USING btree ("created_at");
  CREATE INDEX "_berita_v_updated_at_idx" ON "_berita_v" USING btree ("updated_at");
  CREATE INDEX "_berita_v_latest_idx" ON "_berita_v" USING btree ("latest");
  CREATE INDEX "riwayat_kesegaran_menu_idx" ON "riwayat_kesegaran" USING btree ("menu_id");
  CREATE INDEX "riwayat_kesegaran_kode_idx" ON "riwayat_kesegaran" USING btree ("kode");
  CREATE INDEX "riwayat_kesegaran_pemilik_idx" ON "riwayat_kesegaran" USING btree ("pemilik_id");
  CREATE INDEX "riwayat_kesegaran_status_idx" ON "riwayat_kesegaran" USING btree ("status");
  CREATE INDEX "riwayat_kesegaran_dijalankan_pada_idx" ON "riwayat_kesegaran" USING btree ("dijalankan_pada");
  CREATE INDEX "riwayat_kesegaran_putaran_idx" ON "riwayat_kesegaran" USING btree ("putaran");
  CREATE INDEX "riwayat_kesegaran_updated_at_idx" ON "riwayat_kesegaran" USING btree ("updated_at");
  CREATE INDEX "riwayat_kesegaran_created_at_idx" ON "riwayat_kesegaran" USING btree ("created_at");
  CREATE UNIQUE INDEX "menu_dijalankanPada_idx" ON "riwayat_kesegaran" USING btree ("menu_id","dijalankan_pada");
  CREATE INDEX "transisi_kesegaran_menu_idx" ON "transisi_kesegaran" USING btree ("menu_id");
  CREATE INDEX "transisi_kesegaran_kode_idx" ON "transisi_kesegaran" USING btree ("kode");
  CREATE INDEX "transisi_kesegaran_pemilik_idx" ON "transisi_kesegaran" USING btree ("pemilik_id");
  CREATE INDEX "transisi_kesegaran_ke_idx" ON "transisi_kesegaran" USING btree ("ke");
  CREATE INDEX "transisi_kesegaran_pada_idx" ON "transisi_kesegaran" USING btree ("pada");
  CREATE INDEX "transisi_kesegaran_updated_at_idx" ON "transisi_kesegaran" USING btree ("updated_at");
  CREATE INDEX "transisi_kesegaran_created_at_idx" ON "transisi_kesegaran" USING btree ("created_at");
  CREATE INDEX "menu_pada_idx" ON "transisi_kesegaran" USING btree ("menu_id","pada");
  CREATE UNIQUE INDEX "hari_libur_tanggal_idx" ON "hari_libur" USING btree ("tanggal");
  CREATE INDEX "hari_libur_updated_at_idx" ON "hari_libur" USING btree ("updated_at");
  CREATE INDEX "hari_libur_created_at_idx" ON "hari_libur" USING btree ("created_at");
  CREATE INDEX "verifikasi_menu_idx" ON "verifikasi" USING btree ("menu_id");
  CREATE INDEX "verifikasi_pada_idx" ON "verifikasi" USING btree ("pada");
  CREATE INDEX "verifikasi_oleh_idx" ON "verifikasi" USING btree ("oleh_id");
  CREATE UNIQUE INDEX "verifikasi_token_id_idx" ON "verifikasi" USING btree ("token_id");
  CREATE INDEX "verifikasi_updated_at_idx" ON "verifikasi" USING btree ("updated_at");
  CREATE INDEX "verifikasi_created_at_idx" ON "verifikasi" USING btree ("created_at");
  CREATE INDEX "menu_pada_1_idx" ON "verifikasi" USING btree ("menu_id","pada");
  CREATE INDEX "pengecualian_menu_idx" ON "pengecualian" USING btree ("menu_id");
  CREATE INDEX "pengecualian_mulai_idx" ON "pengecualian" USING btree ("mulai");
  CREATE INDEX "pengecualian_selesai_idx" ON "pengecualian" USING btree ("selesai");
  CREATE INDEX "pengecualian_diberikan_oleh_idx" ON "pengecualian" USING btree ("diberikan_oleh_id");
  CREATE INDEX "pengecualian_diakhiri_oleh_idx" ON "pengecualian" USING btree ("diakhiri_oleh_id");
  CREATE INDEX "pengecualian_updated_at_idx" ON "pengecualian" USING btree ("updated_at");
  CREATE INDEX "pengecualian_created_at_idx" ON "pengecualian" USING btree ("created_at");
  CREATE INDEX "laporan_warga_menu_idx" ON "laporan_warga" USING btree ("menu_id");
  CREATE INDEX "laporan_warga_status_idx" ON "laporan_warga" USING btree ("status");
  CREATE INDEX "laporan_warga_ditangani_oleh_idx" ON "laporan_warga" USING btree ("ditangani_oleh_id");
  CREATE INDEX "laporan_warga_klien_idx" ON "laporan_warga" USING btree ("klien");
  CREATE INDEX "laporan_warga_updated_at_idx" ON "laporan_warga" USING btree ("updated_at");
  CREATE INDEX "laporan_warga_created_at_idx" ON "laporan_warga" USING btree ("created_at");
  CREATE UNIQUE INDEX "hasil_tautan_kunci_idx" ON "hasil_tautan" USING btree ("kunci");
  CREATE INDEX "hasil_tautan_url_idx" ON "hasil_tautan" USING btree ("url");
  CREATE INDEX "hasil_tautan_menu_idx" ON "hasil_tautan" USING btree ("menu_id");
  CREATE INDEX "hasil_tautan_kode_idx" ON "hasil_tautan" USING btree ("kode");
  CREATE INDEX "hasil_tautan_dokumen_idx" ON "hasil_tautan" USING btree ("dokumen");
  CREATE INDEX "hasil_tautan_opd_idx" ON "hasil_tautan" USING btree ("opd_id");
  CREATE INDEX "hasil_tautan_pemilik_idx" ON "hasil_tautan" USING btree ("pemilik_id");
  CREATE INDEX "hasil_tautan_hasil_idx" ON "hasil_tautan" USING btree ("hasil");
  CREATE INDEX "hasil_tautan_terkonfirmasi_idx" ON "hasil_tautan" USING btree ("terkonfirmasi");
  CREATE INDEX "hasil_tautan_terakhir_diperiksa_idx" ON "hasil_tautan" USING btree ("terakhir_diperiksa");
  CREATE INDEX "hasil_tautan_updated_at_idx" ON "hasil_tautan" USING btree ("updated_at");
  CREATE INDEX "hasil_tautan_created_at_idx" ON "hasil_tautan" USING btree ("created_at");
  CREATE UNIQUE INDEX "kotak_keluar_kunci_idx" ON "kotak_keluar" USING btree ("kunci");
  CREATE INDEX "kotak_keluar_status_idx" ON "kotak_keluar" USING btree ("status");
  CREATE INDEX "kotak_keluar_percobaan_berikut_idx" ON "kotak_keluar" USING btree ("percobaan_berikut");
  CREATE INDEX "kotak_keluar_opd_idx" ON "kotak_keluar" USING btree ("opd_id");
  CREATE INDEX "kotak_keluar_updated_at_idx" ON "kotak_keluar" USING btree ("updated_at");
  CREATE INDEX "kotak_keluar_created_at_idx" ON "kotak_keluar" USING btree ("created_at");
  CREATE INDEX "status_percobaanBerikut_idx" ON "kotak_keluar" USING btree ("status","percobaan_berikut");
  CREATE INDEX "kotak_keluar_texts_order_parent" ON "kotak_keluar_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "job_runs_kunci_idx" ON "job_runs" USING btree ("kunci");
  CREATE INDEX "job_runs_tugas_idx" ON "job_runs" USING btree ("tugas");
  CREATE INDEX "job_runs_status_idx" ON "job_runs" USING btree ("status");
  CREATE INDEX "job_runs_updated_at_idx" ON "job_runs" USING btree ("updated_at");
  CREATE INDEX "job_runs_created_at_idx" ON "job_runs" USING btree ("created_at");
  CREATE INDEX "notifikasi_terkirim_menu_idx" ON "notifikasi_terkirim" USING btree ("menu_id");
  CREATE INDEX "notifikasi_terkirim_pemilik_idx" ON "notifikasi_terkirim" USING btree ("pemilik_id");
  CREATE INDEX "notifikasi_terkirim_pada_idx" ON "notifikasi_terkirim" USING btree ("pada");
  CREATE INDEX "notifikasi_terkirim_updated_at_idx" ON "notifikasi_terkirim" USING btree ("updated_at");
  CREATE INDEX "notifikasi_terkirim_created_at_idx" ON "notifikasi_terkirim" USING btree ("created_at");
  CREATE INDEX "menu_pada_2_idx" ON "notifikasi_terkirim" USING btree ("menu_id","pada");
  CREATE INDEX "media_diunggah_oleh_idx" ON "media" USING btree ("diunggah_oleh_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "berkas_formulir_diunggah_oleh_idx" ON "berkas_formulir" USING btree ("diunggah_oleh_id");
  CREATE INDEX "berkas_formulir_updated_at_idx" ON "berkas_formulir" USING btree ("updated_at");
  CREATE INDEX "berkas_formulir_created_at_idx" ON "berkas_formulir" USING btree ("created_at");
  CREATE UNIQUE INDEX "berkas_formulir_filename_idx" ON "berkas_formulir" USING btree ("filename");
  CREATE INDEX "berkas_dokumen_diunggah_oleh_idx" ON "berkas_dokumen" USING btree ("diunggah_oleh_id");
  CREATE INDEX "berkas_dokumen_updated_at_idx" ON "berkas_dokumen" USING btree ("updated_at");
  CREATE INDEX "berkas_dokumen_created_at_idx" ON "berkas_dokumen" USING btree ("created_at");
  CREATE UNIQUE INDEX "berkas_dokumen_filename_idx" ON "berkas_dokumen" USING btree ("filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_opd_id_idx" ON "payload_locked_documents_rels" USING btree ("opd_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_menu_portal_id_idx" ON "payload_locked_documents_rels" USING btree ("menu_portal_id");
  CREATE INDEX "payload_locked_documents_rels_komoditas_id_idx" ON "payload_locked_documents_rels" USING btree ("komoditas_id");
  CREATE INDEX "payload_locked_documents_rels_harga_pangan_id_idx" ON "payload_locked_documents_rels" USING btree ("harga_pangan_id");
  CREATE INDEX "payload_locked_documents_rels_statistik_covid_id_idx" ON "payload_locked_documents_rels" USING btree ("statistik_covid_id");
  CREATE INDEX "payload_locked_documents_rels_lowongan_kerja_id_idx" ON "payload_locked_documents_rels" USING btree ("lowongan_kerja_id");
  CREATE INDEX "payload_locked_documents_rels_peluang_investasi_id_idx" ON "payload_locked_documents_rels" USING btree ("peluang_investasi_id");
  CREATE INDEX "payload_locked_documents_rels_agenda_id_idx" ON "payload_locked_documents_rels" USING btree ("agenda_id");
  CREATE INDEX "payload_locked_documents_rels_kontak_layanan_id_idx" ON "payload_locked_documents_rels" USING btree ("kontak_layanan_id");
  CREATE INDEX "payload_locked_documents_rels_layanan_publik_id_idx" ON "payload_locked_documents_rels" USING btree ("layanan_publik_id");
  CREATE INDEX "payload_locked_documents_rels_formulir_id_idx" ON "payload_locked_documents_rels" USING btree ("formulir_id");
  CREATE INDEX "payload_locked_documents_rels_dokumen_id_idx" ON "payload_locked_documents_rels" USING btree ("dokumen_id");
  CREATE INDEX "payload_locked_documents_rels_berita_id_idx" ON "payload_locked_documents_rels" USING btree ("berita_id");
  CREATE INDEX "payload_locked_documents_rels_riwayat_kesegaran_id_idx" ON "payload_locked_documents_rels" USING btree ("riwayat_kesegaran_id");
  CREATE INDEX "payload_locked_documents_rels_transisi_kesegaran_id_idx" ON "payload_locked_documents_rels" USING btree ("transisi_kesegaran_id");
  CREATE INDEX "payload_locked_documents_rels_hari_libur_id_idx" ON "payload_locked_documents_rels" USING btree ("hari_libur_id");
  CREATE INDEX "payload_locked_documents_rels_verifikasi_id_idx" ON "payload_locked_documents_rels" USING btree ("verifikasi_id");
  CREATE INDEX "payload_locked_documents_rels_pengecualian_id_idx" ON "payload_locked_documents_rels" USING btree ("pengecualian_id");
  CREATE INDEX "payload_locked_documents_rels_laporan_warga_id_idx" ON "payload_locked_documents_rels" USING btree ("laporan_warga_id");
  CREATE INDEX "payload_locked_documents_rels_hasil_tautan_id_idx" ON "payload_locked_documents_rels" USING btree ("hasil_tautan_id");
  CREATE INDEX "payload_locked_documents_rels_kotak_keluar_id_idx" ON "payload_locked_documents_rels" USING btree ("kotak_keluar_id");
  CREATE INDEX "payload_locked_documents_rels_job_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("job_runs_id");
  CREATE INDEX "payload_locked_documents_rels_notifikasi_terkirim_id_idx" ON "payload_locked_documents_rels" USING btree ("notifikasi_terkirim_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_berkas_formulir_id_idx" ON "payload_locked_documents_rels" USING btree ("berkas_formulir_id");
  CREATE INDEX "payload_locked_documents_rels_berkas_dokumen_id_idx" ON "payload_locked_documents_rels" USING btree ("berkas_dokumen_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "opd" CASCADE;
  DROP TABLE "opd_texts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "menu_portal" CASCADE;
  DROP TABLE "komoditas" CASCADE;
  DROP TABLE "harga_pangan" CASCADE;
  DROP TABLE "_harga_pangan_v" CASCADE;
  DROP TABLE "statistik_covid" CASCADE;
  DROP TABLE "_statistik_covid_v" CASCADE;
  DROP TABLE "lowongan_kerja" CASCADE;
  DROP TABLE "_lowongan_kerja_v" CASCADE;
  DROP TABLE "peluang_investasi" CASCADE;
  DROP TABLE "_peluang_investasi_v" CASCADE;
  DROP TABLE "agenda" CASCADE;
  DROP TABLE "_agenda_v" CASCADE;
  DROP TABLE "kontak_layanan" CASCADE;
  DROP TABLE "_kontak_layanan_v" CASCADE;
  DROP TABLE "layanan_publik" CASCADE;
  DROP TABLE "_layanan_publik_v" CASCADE;
  DROP TABLE "formulir" CASCADE;
  DROP TABLE "_formulir_v" CASCADE;
  DROP TABLE "dokumen" CASCADE;
  DROP TABLE "_dokumen_v" CASCADE;
  DROP TABLE "berita" CASCADE;
  DROP TABLE "_berita_v" CASCADE;
  DROP TABLE "riwayat_kesegaran" CASCADE;
  DROP TABLE "transisi_kesegaran" CASCADE;
  DROP TABLE "hari_libur" CASCADE;
  DROP TABLE "verifikasi" CASCADE;
  DROP TABLE "pengecualian" CASCADE;
  DROP TABLE "laporan_warga" CASCADE;
  DROP TABLE "hasil_tautan" CASCADE;
  DROP TABLE "kotak_keluar" CASCADE;
  DROP TABLE "kotak_keluar_texts" CASCADE;
  DROP TABLE "job_runs" CASCADE;
  DROP TABLE "notifikasi_terkirim" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "berkas_formulir" CASCADE;
  DROP TABLE "berkas_dokumen" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_opd_jenis";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_menu_portal_koleksi";
  DROP TYPE "public"."enum_menu_portal_jenis_kontak";
  DROP TYPE "public"."enum_menu_portal_kadensi";
  DROP TYPE "public"."enum_menu_portal_status";
  DROP TYPE "public"."enum_komoditas_satuan";
  DROP TYPE "public"."enum_komoditas_kategori";
  DROP TYPE "public"."enum_harga_pangan_pasar";
  DROP TYPE "public"."enum_harga_pangan_satuan";
  DROP TYPE "public"."enum_harga_pangan_status";
  DROP TYPE "public"."enum__harga_pangan_v_version_pasar";
  DROP TYPE "public"."enum__harga_pangan_v_version_satuan";
  DROP TYPE "public"."enum__harga_pangan_v_version_status";
  DROP TYPE "public"."enum_statistik_covid_cakupan";
  DROP TYPE "public"."enum_statistik_covid_status";
  DROP TYPE "public"."enum__statistik_covid_v_version_cakupan";
  DROP TYPE "public"."enum__statistik_covid_v_version_status";
  DROP TYPE "public"."enum_lowongan_kerja_status";
  DROP TYPE "public"."enum__lowongan_kerja_v_version_status";
  DROP TYPE "public"."enum_peluang_investasi_status";
  DROP TYPE "public"."enum__peluang_investasi_v_version_status";
  DROP TYPE "public"."enum_agenda_status";
  DROP TYPE "public"."enum__agenda_v_version_status";
  DROP TYPE "public"."enum_kontak_layanan_jenis";
  DROP TYPE "public"."enum_kontak_layanan_status";
  DROP TYPE "public"."enum__kontak_layanan_v_version_jenis";
  DROP TYPE "public"."enum__kontak_layanan_v_version_status";
  DROP TYPE "public"."enum_layanan_publik_kategori";
  DROP TYPE "public"."enum_layanan_publik_tingkat";
  DROP TYPE "public"."enum_layanan_publik_status";
  DROP TYPE "public"."enum__layanan_publik_v_version_kategori";
  DROP TYPE "public"."enum__layanan_publik_v_version_tingkat";
  DROP TYPE "public"."enum__layanan_publik_v_version_status";
  DROP TYPE "public"."enum_formulir_status";
  DROP TYPE "public"."enum__formulir_v_version_status";
  DROP TYPE "public"."enum_dokumen_jenis";
  DROP TYPE "public"."enum_dokumen_status";
  DROP TYPE "public"."enum__dokumen_v_version_jenis";
  DROP TYPE "public"."enum__dokumen_v_version_status";
  DROP TYPE "public"."enum_berita_status";
  DROP TYPE "public"."enum__berita_v_version_status";
  DROP TYPE "public"."enum_riwayat_kesegaran_status";
  DROP TYPE "public"."enum_transisi_kesegaran_dari";
  DROP TYPE "public"."enum_transisi_kesegaran_ke";
  DROP TYPE "public"."enum_hari_libur_jenis";
  DROP TYPE "public"."enum_verifikasi_cara";
  DROP TYPE "public"."enum_laporan_warga_status";
  DROP TYPE "public"."enum_hasil_tautan_hasil";
  DROP TYPE "public"."enum_kotak_keluar_jenis";
  DROP TYPE "public"."enum_kotak_keluar_status";
  DROP TYPE "public"."enum_job_runs_status";
  DROP TYPE "public"."enum_notifikasi_terkirim_jenis";`)
}
