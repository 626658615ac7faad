/**
 * The municipalities' time zone. A module of its own so that code which only formats a date in it
 * (the widget's first paint) does not carry the opening-hours arithmetic of amsterdam-time.ts.
 */
export const TIME_ZONE = 'Europe/Amsterdam';
