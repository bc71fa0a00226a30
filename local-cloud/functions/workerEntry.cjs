'use strict'
/**
 * Runs inside one worker thread: one instance of one cloud function, as an SCF instance would.
 * Plain CommonJS on purpose: worker threads are not passed through tsx or jest transforms.
 */
const { parentPort, workerData } = require('node:worker_threads')

let main
// This thread's id in the operating system (Linux: /proc/thread-self → <pid>/task/<tid>), sent before the function
// loads, so the bench can tell the instances' CPU time (loading included) from the local cloud's own
// (bench/localCloudRate.ts); null elsewhere.
let osThreadId = null
try {
  osThreadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()) || null
} catch {
  osThreadId = null
}
parentPort.postMessage({ type: 'thread', osThreadId })
try {
  const loaded = require(workerData.modulePath)
  main = typeof loaded.main === 'function' ? loaded.main : loaded.default && loaded.default.main
  if (typeof main !== 'function') throw new Error('the module exports no main(event, context)')
  parentPort.postMessage({ type: 'ready' })
} catch (err) {
  console.error(`[local-cloud] function ${workerData.name} failed to load:`, err)
  parentPort.postMessage({ type: 'loadFailed', message: firstLine(err) })
}

function firstLine(err) {
  const message = err && typeof err === 'object' && 'message' in err ? String(err.message) : String(err)
  return message.split('\n')[0]
}

function setOrUnset(key, value) {
  if (value === undefined || value === null) delete process.env[key]
  else process.env[key] = String(value)
}

// The SDK's getWXContext() and the functions' clock read process.env per call, and this env is private to the thread.
function applyCallEnvironment(call) {
  setOrUnset('WX_OPENID', call.wx.OPENID)
  setOrUnset('WX_APPID', call.wx.APPID)
  setOrUnset('WX_UNIONID', call.wx.UNIONID)
  setOrUnset('WX_CLIENTIP', call.wx.CLIENTIP)
  setOrUnset('LOCAL_CLOUD_NOW', call.now)
}

parentPort.on('message', async (call) => {
  if (!call || call.type !== 'invoke' || !main) return
  try {
    applyCallEnvironment(call)
    const result = await main(call.event, call.context)
    const resultJson = JSON.stringify(result === undefined ? null : result)
    parentPort.postMessage({ type: 'result', id: call.id, resultJson })
  } catch (err) {
    console.error(`[local-cloud] function ${workerData.name} threw:`, err)
    parentPort.postMessage({ type: 'error', id: call.id, message: firstLine(err) })
  }
})
