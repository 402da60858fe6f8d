import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { formatRupiah } from './format'

export function RupiahCell({ cellData }: DefaultServerCellComponentProps) {
  return <span className="segar-rupiah">{formatRupiah({ value: cellData })}</span>
}
