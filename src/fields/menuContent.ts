import type { CollectionConfig } from 'payload'

import { guardEditorScope, menuAccess } from '../access/menuAccess'
import type { MenuCollection } from '../slugs'
import { auditFields, stampAudit } from './audit'

type MenuContentOptions = Omit<CollectionConfig, 'slug' | 'access' | 'versions'> & {
  slug: MenuCollection
  /** A relation field by which each document names its own office. */
  ownerField?: string
}

/**
 * A portal menu's content collection: drafts and publishing, a version of
 * every change, access scoped by the menu registry on every path (the scope
 * guard runs last, after every other hook), and who last changed what.
 * Drafts are validated too, so a bad address is never stored, not even in a draft.
 */
export function menuContent({ slug, ownerField, fields, hooks, ...rest }: MenuContentOptions): CollectionConfig {
  return {
    ...rest,
    slug,
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    access: menuAccess({ koleksi: slug, ownerField }),
    // A copy is a quick start for a similar entry; the scope guard checks the copy like any other write.
    disableDuplicate: false,
    fields: [...fields, ...auditFields],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks?.beforeChange ?? []), stampAudit, guardEditorScope({ koleksi: slug, ownerField })],
    },
  }
}
