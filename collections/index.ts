import type { CollectionConfig } from 'payload'

import { MenuPortal } from './MenuPortal'
import { Opd } from './Opd'
import { Users } from './Users'

export const collections: CollectionConfig[] = [Opd, Users, MenuPortal]
