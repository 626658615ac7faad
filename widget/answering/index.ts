/**
 * The first answer's chunk: what a question needs beyond the first paint. The conversation and its
 * anonymous signals, the personal-data check before a question is asked, and the advice card with
 * its counter details and opening hours (the bundle becomes an engine in ../bundle/engine-code.ts).
 * vite.config.ts puts it in one chunk with the engine, so the element and the bundle controller
 * import it at the same moment, in one request, when someone reaches for the assistant (or at once
 * at the desk). A page where nobody asks anything never downloads it.
 */
export { containsPersonalData } from '../../core/privacy/find-personal-data';
export { ConversationController } from '../conversation/conversation-controller';
export { loadNational } from '../national/national-layer';
export { sendSignal } from '../signals/signals';
export { adviceCard } from '../views/advice-card';
