import type { Locale } from '../generator.types.ts';
import { grouped, joinList } from './format.ts';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const STEMS = ['Nusantara', 'Sinar', 'Karya', 'Mitra', 'Cahaya', 'Bumi', 'Garuda', 'Samudra', 'Indah', 'Mandala'];
const BUSINESS = [
  'Teknologi Indonesia',
  'Teknik Mandiri',
  'Inovasi Industri',
  'Inovasi Persada',
  'Solusi Teknik',
  'Rekayasa Utama',
];
const FIELDS = ['Teknologi Industri', 'Ilmu Terapan', 'Inovasi Teknologi', 'Rekayasa Terapan'];

const decimal = (value: number) => String(Number(value.toFixed(1))).replace('.', ',');

/** Rupiah as Indonesians write large amounts: Rp1,5 miliar, Rp750 juta. */
function money(amount: number, currency: string): string {
  if (currency === 'IDR') {
    if (amount >= 1e12) return `Rp${decimal(amount / 1e12)} triliun`;
    if (amount >= 1e9) return `Rp${decimal(amount / 1e9)} miliar`;
    if (amount >= 1e6) return `Rp${decimal(amount / 1e6)} juta`;
    return `Rp${grouped(amount, '.')}`;
  }
  return `${currency} ${grouped(amount, '.')}`;
}

export const id: Locale = {
  code: 'id',
  countries: [['ID', 1]],
  lengthUnit: 'word',
  lengths: { title: [5, 15], summary: [25, 60], description: [120, 350] },
  decimalSeparator: ',',
  groupSeparator: '.',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', items.length > 2 ? ', dan ' : ' dan '),
  formatMoney: ({ amount, currency }) => money(amount, currency),
  formatDate: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
  cities: { ID: ['Jakarta', 'Bandung', 'Surabaya', 'Yogyakarta', 'Semarang', 'Medan', 'Makassar', 'Malang'] },
  organization: (type, city, _country, draw) => {
    switch (type) {
      case 'company':
        return `PT ${draw(STEMS)} ${draw(BUSINESS)}`;
      case 'university':
        return draw([`Institut Teknologi ${city}`, `Politeknik Negeri ${city}`, `Universitas Teknologi ${city}`]);
      case 'research_institute':
        return `Pusat Riset ${draw(FIELDS)} ${city}`;
      case 'government':
        return draw([
          `Dinas Lingkungan Hidup Kota ${city}`,
          `Dinas Pekerjaan Umum Kota ${city}`,
          `Pemerintah Kota ${city}`,
          `Badan Perencanaan Pembangunan Daerah Kota ${city}`,
        ]);
    }
  },
  modes: {
    licence: 'lisensi',
    assignment: 'pengalihan hak paten',
    joint_development: 'pengembangan bersama',
    technical_service: 'layanan teknis',
    investment: 'investasi',
    equipment_supply: 'pengadaan peralatan',
  },
  industries: {
    energy_utilities: 'sektor ketenagalistrikan',
    oil_gas: 'industri minyak dan gas',
    automotive: 'industri otomotif',
    electronics: 'industri elektronik',
    chemicals: 'industri kimia',
    pharma: 'industri farmasi',
    healthcare: 'rumah sakit dan klinik',
    agriculture: 'sektor pertanian',
    food: 'industri pengolahan pangan',
    construction: 'sektor konstruksi',
    mining: 'sektor pertambangan',
    metallurgy: 'industri logam',
    water: 'perusahaan air minum',
    municipal: 'layanan perkotaan',
    telecom: 'sektor telekomunikasi',
    logistics: 'sektor logistik',
    aviation: 'industri penerbangan',
    shipping: 'sektor pelayaran',
    textiles: 'industri tekstil',
    consumer_goods: 'industri barang konsumsi',
    machinery: 'industri permesinan',
    fisheries: 'perikanan dan budi daya perairan',
  },
  parameters: {
    efficiency: 'efisiensi konversi hingga {f:85-98}%',
    energy_saving: 'penghematan energi {n:15-45}% dibandingkan peralatan konvensional',
    cost_reduction: 'biaya produksi {n:15-40}% lebih rendah',
    lifetime: 'umur pakai lebih dari {n:8-25} tahun',
    capacity: 'kapasitas pengolahan {n:2-60} ton/jam',
    throughput: 'pemrosesan hingga {n:200-5000/50} permintaan per detik',
    accuracy: 'akurasi deteksi di atas {f:92-99.5}%',
    precision: 'presisi pemosisian ±{n:2-20} µm',
    temperature: 'operasi stabil pada suhu −{n:20-50} °C hingga {n:80-400/10} °C',
    pressure: 'tekanan kerja hingga {f:1.5-35} MPa',
    purity: 'kemurnian produk {f2:99.5-99.99}%',
    response_time: 'waktu respons kurang dari {n:5-200} ms',
    power: 'daya terpasang {n:5-500/5} kW',
    weight_reduction: 'pengurangan bobot {n:15-45}%',
    yield_increase: 'peningkatan hasil {n:8-35}%',
    emission_reduction: 'emisi CO2 {n:20-70}% lebih rendah',
    strength: 'kekuatan tarik {n:300-1800/10} MPa',
    detection_limit: 'batas deteksi {f:0.1-5} µg/L',
    latency: 'latensi ujung ke ujung di bawah {n:5-80} ms',
    payback: 'masa pengembalian investasi {f:1.5-4.5} tahun',
    shelf_life: 'masa simpan hingga {n:6-24} bulan',
  },
  nationalStandards: { ID: ['SNI {d:1000-9999}:{year}'] },
  patentNumbers: { ID: ['IDP0000{d:50000-89999}', 'P00{year}0{d:1000-9999}'], '*': ['WO {year}/{d:100000-250000}'] },
  offer: {
    titles: [
      'Teknologi {main} berefisiensi tinggi untuk {industry}',
      'Teknologi {main} berbiaya rendah berbasis {r1}',
      'Proses {main} baru untuk {industry}',
      '{Main}: solusi terpadu yang menggabungkan {r1} dan {r2}',
      'Sistem {main} ringkas untuk {industry}',
      'Teknologi {main} berpaten, tersedia untuk lisensi',
      '{Main} generasi baru yang lebih andal dan lebih murah',
      'Platform {main} yang mudah ditingkatkan skalanya untuk {industry}',
      'Unit {main} hemat energi, model {model}',
      'Solusi {main} canggih yang mengintegrasikan {r1}',
      'Desain {main} tangguh untuk kondisi operasi berat',
      'Teknologi {main} yang telah terbukti mencari mitra industri',
    ],
    summaries: [
      '{Org} menawarkan teknologi {main} baru yang menggabungkan {r1} dan {r2}. Solusi ini mencapai {p1} dan {p2}, serta cocok untuk {industry} dan {industry2}.',
      'Kami telah mengembangkan pendekatan baru untuk {main} berbasis {r1}. Dibandingkan solusi konvensional, teknologi ini memberikan {p1}. Teknologi ini berada pada TRL {trl} dan ditawarkan melalui {modes}.',
      'Tim riset kami mengembangkan proses {main} yang lebih baik dengan mengintegrasikan {r1}. Keunggulan utamanya adalah {p1} dan {p2}. Kami mencari mitra yang berminat pada {modes}.',
      'Teknologi {main} siap pakai dengan {p1}. Sistem ini mengintegrasikan {rels} dan telah divalidasi dalam kondisi operasi nyata sehingga sesuai untuk {industry}.',
      'Penawaran ini berupa solusi {main} milik sendiri untuk {industry}. Solusi ini menekan biaya operasional, memberikan {p2}, dan dapat dipasang pada pabrik yang ada dengan sedikit perubahan.',
    ],
    intro: [
      '{Org}, yang berkedudukan di {city}, telah bergerak di bidang {main} sejak {year}.',
      'Tim kami di {city} memiliki pengalaman lebih dari {n:8-25} tahun di bidang {r1} dan {main}.',
      'Penawaran teknologi ini berasal dari {org}, yang mengembangkan solusi untuk {industry} dan {industry2}.',
      '{Org} memperkenalkan teknologi di bidang {main} yang dikembangkan bersama mitra industri.',
      'Sejak {year}, tim {org} berfokus pada riset terapan di bidang {main} dan {r1}.',
    ],
    technology: [
      'Inti teknologi ini adalah desain {main} baru yang memadukan {r1} dan {r2} dalam satu unit yang ringkas.',
      'Berbeda dengan pendekatan konvensional, proses {main} kami memanfaatkan {r1} untuk mengurangi kehilangan dan menyederhanakan operasi.',
      'Sistem ini terdiri atas {rels} yang dikoordinasikan oleh pengendali tertanam dengan perangkat lunak buatan sendiri.',
      'Elemen kuncinya adalah penggunaan {formula} yang meningkatkan kestabilan dalam kondisi operasi nyata.',
      'Metode ini telah dioptimalkan untuk operasi kontinu dan dapat dipasang pada instalasi yang ada tanpa modifikasi besar.',
      'Konfigurasi acuan (model {model}) dirancang sesuai dengan standar {std}.',
      '⚙Sensor mengumpulkan data proses dan menganalisisnya secara waktu nyata sehingga operator dapat mengubah pengaturan dari jarak jauh.',
    ],
    advantages: [
      'Dibandingkan solusi yang ada di pasar, teknologi ini menawarkan {p1}.',
      'Keunggulan utamanya adalah biaya operasional rendah, perawatan mudah, dan {p2}.',
      'Uji lapangan menunjukkan {p1} dan {p2} pada kondisi operasi normal.',
      '⚙Karena komponennya lebih sedikit, waktu pemasangan berkurang sekitar {n:20-50}%.',
      '⚙Desain ini tidak memerlukan bahan baku langka atau mahal sehingga dapat diproduksi di dalam negeri.',
    ],
    parameters: [
      'Parameter teknis utama: {p1}; {p2}; {p3}.',
      'Pengujian laboratorium independen mengonfirmasi {p1}, {p2}, dan {p3}.',
      'Unit uji (model {model}) mencapai {p2} dan {p3} selama {n:500-3000/100} jam operasi terus-menerus.',
    ],
    applications: [
      'Aplikasi utamanya meliputi {industry} dan {industry2}.',
      'Teknologi ini dapat digunakan di mana pun {main} dibutuhkan, terutama di {industry}.',
      'Teknologi ini juga kompatibel dengan {r1} sehingga membuka pasar baru di {industry2}.',
      'Calon pengguna meliputi produsen peralatan, perusahaan rekayasa, dan operator di {industry}.',
    ],
    maturity: {
      lab: [
        'Teknologi ini berada pada TRL {trl}: prinsipnya telah divalidasi di laboratorium dan prototipe sedang dibuat.',
        'Hasil laboratorium cukup menjanjikan (TRL {trl}), dan kami mencari mitra industri untuk melangkah ke skala pilot.',
      ],
      pilot: [
        'Instalasi pilot telah beroperasi sejak {year}, dan saat ini teknologi berada pada TRL {trl}.',
        'Teknologi ini telah mencapai TRL {trl} dengan prototipe yang telah didemonstrasikan di lingkungan yang relevan.',
      ],
      market: [
        'Teknologi ini sudah tersedia secara komersial (TRL {trl}) dan telah terpasang di {n:3-40} lokasi pelanggan.',
        'Produksi massal dimulai pada {year}; produk berada pada TRL {trl} dan bersertifikat {std}.',
      ],
    },
    ip: [
      'Teknologi ini dilindungi oleh paten nomor {patentNo}.',
      'Permohonan paten ({patentNo}) telah diajukan, dan permohonan lain sedang disiapkan.',
      'Pengetahuan kunci dijaga sebagai rahasia dagang; invensi utama dilindungi paten nomor {patentNo}.',
      'Kekayaan intelektual sepenuhnya dimiliki oleh {org} dan bebas dari sengketa.',
    ],
    price: [
      'Harga indikatif lisensi adalah {price}, dapat dinegosiasikan sesuai wilayah dan volume.',
      'Kami memperkirakan nilai paket ini sebesar {price}, termasuk dokumentasi dan pelatihan.',
      'Harga yang ditawarkan: {price} (belum termasuk pajak).',
    ],
    noPrice: [
      'Ketentuan komersial dapat dinegosiasikan dan akan disepakati dengan setiap mitra.',
      'Harga bergantung pada lingkup kerja sama dan wilayah.',
      'Ketentuan dan royalti dibicarakan dengan mitra yang berminat.',
    ],
    cooperation: [
      'Kami terbuka untuk {modes}.',
      'Bentuk kerja sama yang diutamakan: {modes}.',
      'Kami mencari mitra di {industry} yang berminat pada {modes}.',
    ],
    closing: [
      'Tim kami dapat memberikan dukungan pemasangan, pelatihan staf, dan layanan purnajual.',
      'Perusahaan yang berminat dapat menghubungi kami untuk memperoleh dokumen teknis dan menjadwalkan demonstrasi.',
      'Dokumen teknis terperinci tersedia setelah penandatanganan perjanjian kerahasiaan.',
      '⚙Kunjungan ke pabrik pilot kami di {city} dapat diatur atas permintaan.',
    ],
  },
  demand: {
    titles: [
      'Dicari teknologi {main} untuk {industry}',
      'Mencari mitra untuk mengembangkan {main}',
      '⚙Kebutuhan {main} untuk modernisasi lini produksi',
      'Permintaan teknologi {main} yang kompatibel dengan {r1}',
      'Dicari solusi {main} yang telah terbukti untuk penggunaan industri',
      'Mencari pemasok dan lisensi teknologi {main}',
      'Solusi {main} untuk proyek percontohan di {city}',
      'Kebutuhan teknologi: {main} yang terintegrasi dengan {r2}',
      'Dicari mitra pengembangan {main} untuk jangka panjang',
      'Pengadaan solusi {main} yang hemat biaya untuk {industry}',
    ],
    summaries: [
      '{Org} mencari teknologi {main} untuk diterapkan di {industry}. Solusi harus mencapai {p1} dan berada minimal pada TRL {trlMin}.',
      'Kami mencari mitra untuk memasok atau mengembangkan bersama solusi {main} yang mengintegrasikan {r1}. Kinerja yang ditargetkan mencakup {p1}, dan kerja sama dapat berupa {modes}.',
      'Kebutuhan teknologi di {industry}: solusi {main} yang mampu menggantikan proses kami saat ini yang berbasis {r1}, dengan {p1} dan layanan lokal yang andal.',
      'Organisasi kami berencana menerapkan {main} di fasilitasnya di {city} dan mencari teknologi yang telah terbukti, sebaiknya dengan referensi di sektor ini.',
      'Undangan pengajuan proposal: {main}. Persyaratan: {p1}, kompatibel dengan {r2}, dan tingkat kesiapan minimal TRL {trlMin}.',
    ],
    company: [
      '{Org} berkedudukan di {city} dan bergerak di {industry}.',
      '{Org} mengelola beberapa fasilitas di {city} dan sedang memodernisasi peralatannya.',
      'Organisasi kami, {org}, bertanggung jawab atas proyek di {industry} dan {industry2}.',
      '{Org} sedang menyusun program investasi untuk tiga tahun ke depan.',
    ],
    need: [
      'Kami mencari teknologi {main} yang telah terbukti dan dapat diintegrasikan ke dalam proses kami saat ini.',
      'Kami mencari mitra teknologi yang berpengalaman di bidang {main} dan {r1}.',
      'Proyek ini memerlukan solusi {main} yang dipadukan dengan {r2} untuk meningkatkan mutu produk.',
      '⚙Kami berencana menerapkan {main} terlebih dahulu di satu lini produksi, lalu di seluruh fasilitas.',
      '⚙Tujuan kami adalah mengganti peralatan impor dengan solusi {main} buatan dalam negeri.',
    ],
    problem: [
      '⚙Saat ini kami menggunakan peralatan usang yang boros energi dan sering berhenti beroperasi.',
      'Proses saat ini belum memenuhi persyaratan baru {std}.',
      'Solusi kami saat ini yang berbasis {r1} telah mencapai batas dari segi kapasitas dan biaya.',
      'Biaya operasional naik {n:15-40}% dalam dua tahun terakhir, terutama karena energi dan perawatan.',
    ],
    requirements: [
      'Nilai target: {p1} dan {p2}.',
      'Teknologi harus kompatibel dengan {r1} dan memenuhi standar {std}.',
      '⚙Peralatan harus beroperasi andal pada suhu lingkungan hingga {n:35-50} °C dan di lingkungan berdebu.',
      'Kami mengharapkan tingkat kesiapan minimal TRL {trlMin} dengan referensi dari instalasi industri.',
      'Diperlukan otomasi dan pemantauan jarak jauh, dengan ekspor data ke sistem kendali kami.',
    ],
    constraints: [
      '⚙Ruang pemasangan terbatas sekitar {n:20-200/10} m², dan gedung yang ada harus dimanfaatkan.',
      '⚙Suku cadang dan layanan perawatan harus tersedia secara lokal dalam waktu {n:24-72/24} jam.',
      'Pemasok wajib melatih staf teknis kami dan menyerahkan dokumentasi lengkap dalam bahasa Indonesia.',
      '⚙Daya listrik yang tersedia di lokasi terbatas {n:100-800/50} kW.',
      '⚙Solusi yang bergantung pada satu pemasok {formula} dari luar negeri kurang menarik bagi kami.',
    ],
    budget: [
      'Anggaran yang tersedia untuk proyek ini sekitar {budget}.',
      'Kami telah mengalokasikan {budget} untuk teknologi dan pemasangan pertama.',
      'Anggaran indikatif kami {budget}, dengan kemungkinan pendanaan bersama dari program pemerintah.',
    ],
    noBudget: [
      'Anggaran akan ditetapkan setelah evaluasi teknis atas proposal.',
      'Ketentuan keuangan masih terbuka dan bergantung pada solusi yang diusulkan.',
    ],
    deadline: [
      'Proposal harus dikirim paling lambat {deadline}.',
      'Kami berencana memilih mitra sebelum {deadline} dan segera memulai proyek percontohan.',
      'Unit pertama harus sudah beroperasi pada {deadline}.',
    ],
    cooperation: [
      'Kami berminat pada {modes}.',
      'Bentuk kerja sama yang diutamakan: {modes}.',
      'Kami terbuka terhadap berbagai model, terutama {modes}.',
    ],
    closing: [
      'Mohon kirimkan deskripsi teknis singkat, referensi, dan harga indikatif.',
      'Pemasok dari negara mana pun dipersilakan; bahasa kerja proyek adalah bahasa Indonesia dan Inggris.',
      'Peserta yang lolos seleksi awal akan diundang mempresentasikan solusinya di fasilitas kami di {city}.',
    ],
  },
};
