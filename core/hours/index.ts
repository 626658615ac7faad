/** Opening hours in Europe/Amsterdam time: no DOM, no Node APIs, no runtime dependencies. */
export { amsterdamTime, type AmsterdamTime } from './amsterdam-time';
export { openingStatus, hoursOn, type OpeningStatus, type NextOpening, type TimeRange } from './opening-status';
export { describeOpening } from './describe-opening';
export { formatWeekHours } from './format-week-hours';
