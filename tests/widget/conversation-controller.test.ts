import { describe, expect, it } from 'vitest';
import type { Advice } from '../../core/api/route-response';
import { createEngine } from '../../core/routing/create-engine';
import { ConversationController } from '../../widget/conversation/conversation-controller';
import type { LogMessage } from '../../widget/conversation/log';
import { reroute } from '../../widget/desk/reroute';
import type { Answered } from '../../widget/feedback';
import type { SignalPayload } from '../../widget/signals/signals';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

const engine = createEngine(voorbeeldstad());

function conversation(mode: 'desk' | 'resident' = 'resident') {
  const signals: SignalPayload[] = [];
  const advised: { advice: Advice; cause: 'question' | 'cue' }[] = [];
  const answered: Answered[] = [];
  let updates = 0;
  const controller = new ConversationController(
    { requestUpdate: () => updates++ },
    {
      engine: () => engine,
      lang: () => 'nl',
      mode: () => mode,
      signal: (payload) => signals.push(payload),
      onAdvice: (advice, cause) => advised.push({ advice, cause }),
      onAnswered: (answer) => answered.push(answer),
    },
  );
  return { controller, signals, advised, answered, updates: () => updates };
}

const clarifyMessage = (messages: LogMessage[]) => messages.find((m) => m.from === 'assistant' && m.kind === 'clarify');

describe('ConversationController: a question that finds advice', () => {
  it('logs the question and the advice, puts the advice on screen and sends no signal', async () => {
    const { controller, signals, advised, answered, updates } = conversation();
    await controller.ask({ text: 'paspoort verlopen' });
    expect(controller.messages.map((m) => (m.from === 'user' ? m.text : m.kind))).toEqual(['paspoort verlopen', 'advice']);
    expect(controller.current).toMatchObject({ advice: { counterId: 'burgerzaken' }, question: { text: 'paspoort verlopen' } });
    expect(advised).toEqual([{ advice: controller.current?.advice, cause: 'question' }]);
    // The correction is about this answer, and the answer's message id marks it.
    expect(answered).toEqual([{ id: controller.messages[1]?.id, question: 'paspoort verlopen', advice: controller.current?.advice }]);
    expect(signals).toEqual([]);
    expect(controller.offersQuickTopics).toBe(false);
    expect(updates()).toBeGreaterThan(0);
  });

  it('does nothing before the engine is there', async () => {
    const signals: SignalPayload[] = [];
    const controller = new ConversationController(
      { requestUpdate: () => undefined },
      { engine: () => null, lang: () => 'nl', mode: () => 'desk', signal: (payload) => signals.push(payload) },
    );
    await controller.ask({ text: 'paspoort verlopen' });
    expect(controller.messages).toEqual([]);
    expect(controller.current).toBeNull();
  });

  it('signals an unanswered question and offers the quick topics again', async () => {
    const { controller, signals, advised } = conversation('desk');
    await controller.ask({ text: 'xyzzy plugh' });
    expect(controller.current).toBeNull();
    expect(controller.outcome).toBe('noMatch');
    expect(controller.offersQuickTopics).toBe(true);
    expect(advised).toEqual([]);
    expect(signals).toEqual([{ kind: 'unanswered', mode: 'desk', question: 'xyzzy plugh' }]);
  });

  it('changes the advice when a ticked cue points to the digital-help counter, without taking focus', async () => {
    const { controller, advised, answered } = conversation('desk');
    await controller.ask({ text: 'Paspoort of ID-kaart aanvragen', topicId: 'paspoort-id-kaart' });
    controller.tickCue('geen-digid', true, reroute);
    expect(controller.cueIds).toEqual(['geen-digid']);
    expect(controller.current?.advice).toMatchObject({ counterId: 'ido', digitalHelp: true });
    expect(advised.map(({ advice, cause }) => [advice.counterId, cause])).toEqual([
      ['burgerzaken', 'question'],
      ['ido', 'cue'],
    ]);
    expect(controller.answered?.advice?.counterId).toBe('ido');
    expect(answered).toHaveLength(1);
    expect(controller.messages.at(-2)).toMatchObject({ kind: 'note', note: 'cueChangedAdvice' });
  });
});

describe('ConversationController: a clarifying question', () => {
  it('waits for an answer and sends nothing while it waits', async () => {
    const { controller, signals } = conversation();
    await controller.ask({ text: 'toeslag' });
    expect(controller.outcome).toBe('clarify');
    expect(controller.current).toBeNull();
    expect(controller.pendingClarify?.question).toBe('toeslag');
    expect(signals).toEqual([]);
  });

  it('is abandoned when the user asks something else: the pending one goes, with its signal naming the offered topics', async () => {
    const { controller, signals } = conversation('desk');
    await controller.ask({ text: 'toeslag' });
    const offered = controller.pendingClarify?.topicIds;
    expect(offered?.length).toBeGreaterThan(1);
    await controller.ask({ text: 'paspoort verlopen' });
    expect(signals).toEqual([{ kind: 'clarify-abandoned', mode: 'desk', question: 'toeslag', topicIds: offered }]);
    expect(controller.pendingClarify).toBeNull();
    expect(controller.current?.advice.counterId).toBe('burgerzaken');
    // The clarifying question stays in the log, unanswered.
    expect(clarifyMessage(controller.messages)).not.toHaveProperty('chosen');
    // It is not signalled a second time when the user moves on again.
    await controller.ask({ text: 'ik heb schulden' });
    controller.abandonClarify();
    expect(signals).toHaveLength(1);
  });

  it('is answered, not abandoned, when an option is chosen', async () => {
    const { controller, signals } = conversation();
    await controller.ask({ text: 'toeslag' });
    const message = clarifyMessage(controller.messages);
    if (message?.from !== 'assistant' || message.kind !== 'clarify') throw new Error('no clarifying question');
    const option = message.clarify.options[0]!;
    await controller.clarify(message, option);
    expect(clarifyMessage(controller.messages)).toMatchObject({ chosen: option.topicId });
    expect(controller.messages.at(-2)).toEqual({ id: expect.any(Number), from: 'user', text: option.label });
    expect(controller.current?.advice.topicId).toBe(option.topicId);
    expect(controller.pendingClarify).toBeNull();
    controller.abandonClarify();
    expect(signals).toEqual([]);
  });

  it('is abandoned once when the page closes or the assistant is closed', async () => {
    const { controller, signals } = conversation();
    await controller.ask({ text: 'toeslag' });
    controller.abandonClarify();
    controller.abandonClarify();
    expect(signals).toEqual([expect.objectContaining({ kind: 'clarify-abandoned', mode: 'resident', question: 'toeslag' })]);
  });

  it('leaves nothing behind when the conversation is cleared, and sends no signal for it', async () => {
    const { controller, signals } = conversation();
    await controller.ask({ text: 'toeslag' });
    controller.clear();
    controller.abandonClarify();
    expect(signals).toEqual([]);
    expect(controller.messages).toEqual([]);
    expect(controller.answered).toBeNull();
    expect(controller.outcome).toBe('start');
    expect(controller.offersQuickTopics).toBe(true);
  });
});
