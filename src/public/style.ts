/**
 * The public pages' whole stylesheet, served as /publik.css (the CSP allows
 * styles from this origin). Each status pairs a colour with a border style
 * and a symbol, so none of them depends on telling red from green.
 */
export const PUBLIC_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2937;background:#f9fafb}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #b45309;outline-offset:2px}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{padding-bottom:0}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:0}
.ringkasan{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.ringkasan li{background:#fff;border:1px solid #d1d5db;border-radius:.4rem;padding:.25rem .6rem}
.menu{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
@media (min-width:48rem){.menu{grid-template-columns:1fr 1fr}}
.kartu{background:#fff;border:1px solid #d1d5db;border-left-width:.5rem;border-radius:.4rem;padding:.75rem}
.kartu p{margin:.25rem 0}
.kecil{font-size:.9rem;color:#4b5563}
.status{display:inline-block;font-weight:700;border-radius:.3rem;padding:0 .4rem;border:2px solid currentColor}
span.segar{color:#146c2e}.kartu.segar{border-left-color:#146c2e;border-left-style:solid}
span.tempo{color:#8a4b00}.kartu.tempo{border-left-color:#8a4b00;border-left-style:dashed}
span.terlambat{color:#b00020}.kartu.terlambat{border-left-color:#b00020;border-left-style:double}
span.netral{color:#374151}.kartu.netral{border-left-color:#6b7280;border-left-style:dotted}
.status{background:#fff}
.ringkasan span{font-weight:700}
dt{font-weight:600}dd{margin:0 0 .4rem 1rem}
.arsip{background:#f3f4f6}
.grafik{max-width:100%;height:auto;background:#fff;border:1px solid #d1d5db}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e5e7eb}
form{background:#fff;border:1px solid #d1d5db;border-radius:.4rem;padding:1rem;max-width:36rem}
label{display:block;font-weight:600;margin-top:.75rem}
textarea,input[type=text]{width:100%;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:.3rem}
textarea{min-height:7rem}
[aria-invalid=true]{border-color:#b00020;border-width:2px}
.galat{color:#b00020;font-weight:600;margin:.25rem 0}
.kotak-galat{border:2px solid #b00020;border-radius:.3rem;padding:.5rem .75rem;margin-bottom:.5rem}
button{margin-top:1rem;font:inherit;font-weight:700;background:#1d4ed8;color:#fff;border:0;border-radius:.3rem;padding:.6rem 1.2rem;cursor:pointer}
.perangkap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.berhasil{border:2px solid #146c2e;background:#fff;border-radius:.4rem;padding:1rem}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
pre{white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid #d1d5db;padding:.5rem}
footer{color:#4b5563;font-size:.9rem}
`
