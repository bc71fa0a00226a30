// Taro's `defineAppConfig` / `definePageConfig` are build-time globals (the identity function): set them so
// src/app.config.ts and page configs can be imported in tests. Import this before them.
const identity = <T>(config: T): T => config
Object.assign(globalThis, { defineAppConfig: identity, definePageConfig: identity })
