import type { CollectionConfig, Config, Field } from 'payload'

const RELATION_CELL = '/admin/RelationCell#RelationCell'

/** Relationship fields (also inside rows, collapsibles and unnamed tabs, which list columns flatten) get the server-rendered cell. */
function withRelationCell(field: Field): Field {
  if (field.type === 'relationship') {
    if (field.admin?.components?.Cell) return field
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: RELATION_CELL } } } as Field
  }
  if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: field.fields.map(withRelationCell) }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: tab.fields.map(withRelationCell) })) }
  }
  return field
}

/** Every list view shows the titles of related documents on every row; see RelationCell. */
export function withRelationCells(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection: CollectionConfig) => ({ ...collection, fields: collection.fields.map(withRelationCell) })),
  }
}
