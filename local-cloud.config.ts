// What the local cloud serves and seeds for 暖新街区.
import path from 'node:path'
import collections from './database/collections.json'
import { appPages } from './config/appPages'
import { defineLocalCloudConfig } from './local-cloud/config'
import { seedDemoBlock } from './seed'
import { demoUsers } from './seed/users'

export default defineLocalCloudConfig({
  functionsDir: path.join(__dirname, 'cloudfunctions'),
  staticDir: path.join(__dirname, 'dist-h5'),
  collections,
  seed: (store) => seedDemoBlock(store),
  miniProgramPages: appPages,
  demoIdentities: demoUsers.map((user) => ({ openid: user._id, label: user.nickname })),
})
