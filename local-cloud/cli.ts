import { readCliSettings, loadProjectConfig, type CliSettings, type LocalCloudProjectConfig } from './config'
import { startLocalCloud, type LocalCloud } from './index'
import { allowedHostsFor, isLoopback } from './server/access'

const isLoopbackHost = (hostPort: string) => isLoopback(hostPort.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''))

async function main(): Promise<void> {
  const settings = readCliSettings()
  const config = await loadProjectConfig(settings.configFile)
  const cloud = await startLocalCloud({
    port: settings.port,
    host: settings.host,
    allowNetwork: settings.allowNetwork,
    dataDir: settings.dataDir,
    functionsDir: config.functionsDir,
    staticDir: config.staticDir,
    collections: config.collections,
    envId: config.envId,
    appId: config.appId,
    instancesPerFunction: config.instancesPerFunction,
    seed: config.seed,
    miniProgramPages: config.miniProgramPages,
    runTimers: true,
  })
  printBanner(cloud, settings, config)
  stopOnSignals(cloud)
}

function printBanner(cloud: LocalCloud, settings: CliSettings, config: LocalCloudProjectConfig): void {
  const lines = [
    '',
    `  local cloud (env "${cloud.envId}") running at ${cloud.url}`,
    `  data: ${settings.dataDir}    functions: ${config.functionsDir}`,
    `  call a function: curl -X POST ${cloud.url}/fn/<name> -H 'content-type: application/json' -H 'x-wx-openid: <openid>' -d '{...}'`,
    `  secret for /admin and /_local/* tools (new each start): ${cloud.secret}`,
    `    e.g. curl ${cloud.url}/_local/outbox -H 'x-local-cloud-secret: ${cloud.secret}'`,
  ]
  if (!isLoopback(settings.host)) {
    lines.push(
      `  !! listening on ${settings.host} (--allow-network): anyone on your network can open the app at`,
      ...[...allowedHostsFor(settings.host, cloud.port)].filter((h) => !isLoopbackHost(h)).map((h) => `       http://${h}`),
      '     and call every function as any user (x-wx-openid is whatever the caller sends); /admin and /_local/*',
      '     still need the secret above. Stop it when you are done.',
    )
  }
  const readOnly = cloud.readOnlyReason()
  if (readOnly) lines.push(`  !! the store is READ-ONLY: ${readOnly}. Free space in ${settings.dataDir} and restart.`)
  if (config.demoIdentities?.length) {
    lines.push('  demo identities (x-wx-openid, or pick one in the h5 app):')
    for (const identity of config.demoIdentities) lines.push(`    ${identity.openid.padEnd(24)} ${identity.label}`)
  } else {
    lines.push('  no demo identities configured: any x-wx-openid value is a user; none means no user')
  }
  lines.push('  Ctrl+C to stop', '')
  console.log(lines.join('\n'))
}

function stopOnSignals(cloud: LocalCloud): void {
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return process.exit(1) // a second Ctrl+C means "now"
    stopping = true
    console.log(`\n  ${signal}: stopping the local cloud...`)
    cloud.stop().then(
      () => process.exit(0),
      (err) => {
        console.error('local cloud did not stop cleanly:', err)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err) => {
  console.error('local cloud failed to start:', err instanceof Error ? err.message : err)
  process.exit(1)
})
