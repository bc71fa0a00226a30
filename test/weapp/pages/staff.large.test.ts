/**
 * Every page a staff can open, on the large block: 1,000 sign-ups on one event, 200 shops, 500 needs (see harness/everyPage.ts).
 * @weappData large
 */
import { describeEveryPage } from '../harness/everyPage'

describeEveryPage('staff')
