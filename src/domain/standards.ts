/**
 * Service standards the results are read against. Pure data.
 */

/** The waiting standard: an applicant should reach a window within 15 minutes (the queue-wait standard of models/data/calibration.json `dalian-2009-wait-standard`: Russian MFC rule; Lishui tax halls < 15 min). */
export const WAIT_STANDARD_MINUTES = 15;
