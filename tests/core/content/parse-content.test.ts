import { describe, expect, it } from 'vitest';
import { parseContent, type ContentIssue } from '../../../core/content/parse-content';
import data from '../../../data/voorbeeldstad.json';

/** A fresh, valid copy of the example content to break in one place. */
function example() {
  return structuredClone(data);
}

function issuesOf(input: unknown): ContentIssue[] {
  const result = parseContent(input);
  if (result.ok) throw new Error('expected the content to be rejected');
  return result.issues;
}

describe('parseContent', () => {
  it('accepts the Voorbeeldstad example', () => {
    const result = parseContent(example());
    expect(result.ok).toBe(true);
  });

  it('rejects a topic id that occurs twice, at the second topic', () => {
    const content = example();
    const second = content.topics[1];
    if (second === undefined) throw new Error('example has topics');
    second.id = content.topics[0]?.id ?? '';
    expect(issuesOf(content)).toContainEqual(expect.objectContaining({ path: 'topics.1.id' }));
  });

  it('rejects a topic that points at a counter that does not exist', () => {
    const content = example();
    const topic = content.topics[2];
    if (topic === undefined) throw new Error('example has topics');
    topic.counter = 'loket-bestaat-niet';
    expect(issuesOf(content)).toEqual([{ path: 'topics.2.counter', message: expect.stringContaining('loket-bestaat-niet') }]);
  });

  it('rejects a digital-help counter that does not exist', () => {
    const content = example();
    const index = content.topics.findIndex((topic) => 'digitalHelp' in topic);
    const topic = content.topics[index];
    if (topic === undefined) throw new Error('example has a topic with digital help');
    Object.assign(topic, { digitalHelp: 'onbekend' });
    expect(issuesOf(content)).toEqual([{ path: `topics.${index}.digitalHelp`, message: expect.any(String) }]);
  });

  it('rejects a counter at a location that does not exist', () => {
    const content = example();
    content.counters[0]?.locationIds.push('nergens');
    expect(issuesOf(content)).toEqual([{ path: 'counters.0.locationIds.2', message: expect.stringContaining('nergens') }]);
  });

  it('rejects an opening time that is not HH:MM', () => {
    const content = example();
    const hours = content.locations[0]?.hours[0];
    if (hours === undefined) throw new Error('example has opening hours');
    hours.opens = '9.00';
    expect(issuesOf(content)).toContainEqual({ path: 'locations.0.hours.0.opens', message: expect.stringContaining('UU:MM') });
  });

  it('rejects opening hours that close before they open', () => {
    const content = example();
    const hours = content.locations[0]?.hours[0];
    if (hours === undefined) throw new Error('example has opening hours');
    hours.opens = '17:00';
    hours.closes = '09:00';
    expect(issuesOf(content)).toEqual([{ path: 'locations.0.hours.0.closes', message: expect.any(String) }]);
  });

  it('rejects a recognition cue that suggests an unknown counter', () => {
    const content = example();
    const cue = content.recognitionCues[0];
    if (cue === undefined) throw new Error('example has cues');
    cue.suggests = 'geen-loket';
    expect(issuesOf(content)).toEqual([{ path: 'recognitionCues.0.suggests', message: expect.any(String) }]);
  });

  it('rejects content without topics', () => {
    const content = example();
    content.topics = [];
    expect(issuesOf(content).map((issue) => issue.path)).toContain('topics');
  });
});
