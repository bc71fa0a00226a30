// Every page a courier can open, on the seed (see harness/everyPage.ts).
import { describeEveryPage } from '../harness/everyPage'

describeEveryPage('courier')
