import { update } from 'mingo'
const t = (doc: any, u: any) => { try { update(doc, u); console.log(JSON.stringify(u), '->', JSON.stringify(doc)) } catch (e) { console.log(JSON.stringify(u), 'ERR', (e as Error).message) } }
t({a: 'x'}, {$inc: {a: 1}})
t({a: null}, {$inc: {a: 1}})
t({a: null}, {$push: {a: 1}})
t({a: 3}, {$push: {a: 1}})
t({a: null}, {$set: {'a.b': 1}})
t({a: 3}, {$set: {'a.b': 1}})
t({a: [1]}, {$set: {'a.b': 1}})
t({a: {}}, {$unset: {'a.b.c': 1}})
