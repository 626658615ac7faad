/** The desk-mode chunk: loaded only by `<loket-wijzer mode="desk">`, so resident pages stay small. */
export { deskCardParts, type DeskCardPartsProps } from './desk-card-parts';
export { deskLayout, type DeskLayoutProps, type DeskOutcome } from './desk-layout';
export { deskStyles } from './desk.styles';
export { nlDesk } from '../i18n/nl-desk';
export { KeptText } from './kept-text';
export { keptText } from './referral-form';
export { reroute, type RerouteResult } from './reroute';
export { ReferralController, type ReferralControllerOptions } from './referral-controller';
export { openSlipForPrint } from '../views/slip';
