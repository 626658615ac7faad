/** The desk-mode chunk: loaded only by `<loket-wijzer mode="desk">`, so resident pages stay small. */
export { deskCardParts, type DeskCardPartsProps } from './desk-card-parts';
export { deskLayout, type DeskLayoutProps } from './desk-layout';
export { deskStyles } from './desk.styles';
export { KeptText } from './kept-text';
export { keptText } from './referral-form';
export { reroute, type RerouteResult } from './reroute';
export { ReferralController, type ReferralControllerOptions } from './referral-controller';
