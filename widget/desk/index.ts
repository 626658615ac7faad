/**
 * The desk-mode chunk: loaded only by `<loket-wijzer mode="desk">`, so resident pages stay small.
 * DeskMode holds what the element does only at the desk; its styles join the element's own.
 */
export { DeskMode } from './desk-mode';
export { deskStyles } from './desk.styles';
