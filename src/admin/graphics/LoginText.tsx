import React from 'react'

/** Above the login form: what this is and for whom. */
export function SegarLoginText() {
  return (
    <div className="segar-login-teks" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: 0 }}>
        CMS portal palembang.go.id yang tahu kapan isinya basi. Masuk dengan akun OPD Anda untuk memperbarui menu yang menjadi tanggung jawab OPD Anda.
      </p>
    </div>
  )
}
