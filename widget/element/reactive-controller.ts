/**
 * The reactive controller protocol of Lit, as far as the widget's controllers use it: a controller
 * adds itself to its host and hears when the host connects, disconnects and updates.
 */
export interface ReactiveController {
  hostConnected?: () => void;
  hostDisconnected?: () => void;
  /** Before the host renders, after its willUpdate. */
  hostUpdate?: () => void;
  /** After the host rendered, before its updated. */
  hostUpdated?: () => void;
}

export interface ReactiveControllerHost {
  addController: (controller: ReactiveController) => void;
  /** Asks for a render in a microtask; many requests in one task make one render. */
  requestUpdate: () => void;
}
