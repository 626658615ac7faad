import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/routing/create-engine';
import { answer } from '../../widget/conversation/answer';
import { reroute } from '../../widget/desk/reroute';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

const engine = createEngine(voorbeeldstad());
const question = { text: 'paspoort verlopen' };

function adviceFor(cueIds: string[]) {
  const result = answer(engine, question, { lang: 'nl', cueIds });
  if (result.kind !== 'advice') throw new Error('expected advice');
  return result;
}

describe('reroute after a signal at the desk', () => {
  it('switches to the IDO for the online part and says so in the log', () => {
    const result = reroute(engine, question, adviceFor([]), { before: [], now: ['geen-digid'] }, 'nl');
    expect(result?.changed).toBe(true);
    expect(result?.answer.advice).toMatchObject({ counterId: 'ido', digitalHelp: true });
    expect(result?.messages.map((message) => ('kind' in message ? message.kind : message.from))).toEqual(['note', 'advice']);
  });

  it('keeps the advice but names another counter a signal points to, once', () => {
    const first = reroute(engine, question, adviceFor([]), { before: [], now: ['bril-vergeten'] }, 'nl');
    expect(first?.changed).toBe(false);
    expect(first?.messages).toEqual([{ from: 'assistant', kind: 'hint', counterName: 'Taalhuis' }]);
    const again = reroute(
      engine,
      question,
      adviceFor(['bril-vergeten']),
      { before: ['bril-vergeten'], now: ['bril-vergeten', 'formulier-meenemen'] },
      'nl',
    );
    expect(again?.messages).toEqual([]);
  });
});
