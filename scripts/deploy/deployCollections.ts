// Collections, indexes and security rules. Each step is idempotent; the rule step uses an API manager-node marks
// @deprecated (permission.modifyResourcePermission, "网关鉴权策略已由 OPA 接管"), so its failure does not abort the
// deploy: the collections it could not set are named with the console step that sets them by hand.
import type { CloudManager } from './cloudManager'
import type { CollectionPlan } from './plan'

export async function deployCollections(manager: CloudManager, collections: CollectionPlan[], log: (line: string) => void): Promise<{ manualSteps: string[] }> {
  const rulesFailed: Array<{ name: string; reason: string }> = []
  for (const collection of collections) {
    await manager.database.createCollectionIfNotExists(collection.name)
    const missing = []
    for (const index of collection.indexes) {
      const { Exists } = await manager.database.checkIndexExists(collection.name, index.name)
      if (!Exists) missing.push(index)
    }
    if (missing.length) {
      await manager.database.updateCollection(collection.name, {
        CreateIndexes: missing.map((index) => ({
          IndexName: index.name,
          MgoKeySchema: { MgoIsUnique: index.unique, MgoIndexKeys: index.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })) },
        })),
      })
    }
    try {
      await manager.permission.modifyResourcePermission({
        resourceType: 'collection',
        resource: collection.name,
        permission: 'CUSTOM',
        securityRule: JSON.stringify(collection.rule),
      })
    } catch (error) {
      rulesFailed.push({ name: collection.name, reason: String((error as Error)?.message ?? error).split('\n')[0] })
    }
    log(`  collection ${collection.name}: ready${missing.length ? `, ${missing.length} index(es) added` : ''}`)
  }
  if (rulesFailed.length === 0) return { manualSteps: [] }
  return {
    manualSteps: [
      `Security rules were not set for ${rulesFailed.length} collection(s) (modifyResourcePermission: ${rulesFailed[0].reason}). ` +
        'For each, open 云开发控制台 → 数据库 → <collection> → 数据权限 → 自定义安全规则 and paste its rule, as ' +
        '`npm run deploy -- --dry-run` prints it (section 3): ' +
        rulesFailed.map((c) => c.name).join(', '),
    ],
  }
}
