// How many instances of a function may run at once: the option, else LOCAL_CLOUD_INSTANCES, else 4; CloudBase's cap is 1000.
import { instancesPerFunction, MAX_INSTANCES } from '../../../local-cloud/functions'

it('takes the option first, then LOCAL_CLOUD_INSTANCES, then 4', () => {
  expect(instancesPerFunction(64, '8')).toBe(64)
  expect(instancesPerFunction(undefined, '8')).toBe(8)
  expect(instancesPerFunction(undefined, undefined)).toBe(4)
  expect(instancesPerFunction(undefined, '')).toBe(4)
})

it('allows up to CloudBase’s 1000 per function and refuses anything else', () => {
  expect(MAX_INSTANCES).toBe(1000)
  expect(instancesPerFunction(1000, undefined)).toBe(1000)
  for (const bad of [0, 1001, 2.5, NaN]) expect(() => instancesPerFunction(bad, undefined)).toThrow(/1 to 1000/)
  expect(() => instancesPerFunction(undefined, 'many')).toThrow(/1 to 1000/)
})
