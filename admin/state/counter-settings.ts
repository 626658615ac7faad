/**
 * The two counters a tenant names for questions outside its division of tasks: one for products
 * that only the Rijk provides (`nationalCounterId`), one for every other real question
 * (`fallbackCounterId`). Without one, the engine gives no advice in that case (DESIGN.md, `basis`).
 */
import type { Content } from '../../core/content/schema';

export const COUNTER_SETTINGS = ['nationalCounterId', 'fallbackCounterId'] as const;
export type CounterSetting = (typeof COUNTER_SETTINGS)[number];

/** The chosen counter's id, or '' when none is chosen. */
export function counterSetting(content: Content, key: CounterSetting): string {
  return content.settings?.[key] ?? '';
}

/** Chooses a counter; '' removes the setting, so the JSON has no empty id. */
export function setCounterSetting(content: Content, key: CounterSetting, counterId: string): Content {
  const { [key]: _previous, ...rest } = content.settings ?? { allowedOrigins: [] };
  return { ...content, settings: counterId === '' ? rest : { ...rest, [key]: counterId } };
}

/** The settings that name this counter: while there is any, the counter may not be removed. */
export function settingsNaming(content: Content, counterId: string): CounterSetting[] {
  return COUNTER_SETTINGS.filter((key) => content.settings?.[key] === counterId);
}
