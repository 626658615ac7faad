/**
 * What a signal keeps of the desk's question ("Bewaard wordt: …"): its reduction and word lists
 * are made ready in idle time before the first question, so the first kept text is there at once.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ReactiveControllerHost } from '../../../widget/element/reactive-controller';
import { KeptText } from '../../../widget/desk/kept-text';
import { voorbeeldstad } from '../../core/support/voorbeeldstad';

const content = voorbeeldstad();
const host = () => ({ addController: () => undefined, requestUpdate: vi.fn<() => void>() }) satisfies ReactiveControllerHost;
const QUESTION = 'Jan Jansen wil zijn paspoort verlengen';

describe('KeptText', () => {
  it('shows nothing for the first text it is asked about while its reduction loads, then asks for a render', async () => {
    const page = host();
    const kept = new KeptText(page);
    expect(kept.of(QUESTION, content)).toBeNull();
    await vi.waitFor(() => expect(page.requestUpdate).toHaveBeenCalled());
    expect(kept.of(QUESTION, content)).toBe('[naam] wil zijn paspoort verlengen');
  });

  it('once prepared, says at once what it keeps of the first question', async () => {
    const kept = new KeptText(host());
    await kept.prepare(content);
    expect(kept.of(QUESTION, content)).toBe('[naam] wil zijn paspoort verlengen');
  });

  it('shows nothing for an empty text', async () => {
    const kept = new KeptText(host());
    await kept.prepare(content);
    expect(kept.of('   ', content)).toBeNull();
  });
});
