import { benchEventSignupRush } from './events'
benchEventSignupRush().then(() => process.exit(0), (e) => { console.error(e); process.exit(1) })
