/**
 * From ranked topics to what the desk should do: advise one counter, ask which of a few
 * topics is meant, or say that no row of the table covers the question.
 */
import type { Alternative, Clarify } from '../api/route-response';
import type { Lang } from '../content/schema';
import { clarifyBetween } from './clarify';
import type { ScoredTopic } from './score-topics';
import type { TopicTable } from './topic-table';

/**
 * Below this share of the question explained, a match is a coincidence, not an answer: half
 * of "ik zoek de wc" is not enough. A topic named by a distinctive word of the question
 * needs less, because words that no topic knows then count for little (score-topics.ts)...
 */
const MIN_COVERAGE = 0.55;
const MIN_COVERAGE_WHEN_DISTINCTIVE = 0.45;
/**
 * ...unless the topic explains at least two words of a longer story well ("paspoort kwijt"
 * in a story about a holiday). One word among unknown ones ("fiets parkeren bij het
 * station") is not enough.
 */
const MIN_EXPLAINED_FOR_LONG_STORIES = 1.8;
const MIN_COVERAGE_OF_LONG_STORIES = 0.3;
/** Topics at least this close to the best one (relative score) are real contenders. */
const CLOSE_SCORE_RATIO = 0.8;
/**
 * A topic that explains the very same words as the best one ("een brief": a letter from the
 * Belastingdienst, the UWV, the SVB?) is a contender at a wider margin: only how often the
 * words occur in each topic sets them apart. Not when only the best one is named by a
 * distinctive word of the question ("rekeningen niet betalen" is about debts, even if the
 * UWV topic also speaks of payments).
 */
const SAME_EVIDENCE_SCORE_RATIO = 0.6;
/** A topic that explains clearly less of the question than the best one is no contender. */
const CONTENDER_EXPLAINED_RATIO = 0.75;
const MAX_ALTERNATIVES = 3;

export interface RankedTopic extends ScoredTopic {
  /** Where the desk sends the resident for this topic: its counter, or its digital-help counter. */
  counterId: string;
  digitalHelp: boolean;
}

export type Decision =
  | { kind: 'advise'; best: RankedTopic; alternatives: Alternative[] }
  | { kind: 'clarify'; clarify: Clarify; alternatives: Alternative[] }
  | { kind: 'nothing' };

export function hasEnoughEvidence(best: ScoredTopic | undefined): best is ScoredTopic {
  if (best === undefined || best.score <= 0) return false;
  return (
    best.coverage >= (best.distinctive ? MIN_COVERAGE_WHEN_DISTINCTIVE : MIN_COVERAGE) ||
    (best.explained >= MIN_EXPLAINED_FOR_LONG_STORIES && best.coverage >= MIN_COVERAGE_OF_LONG_STORIES)
  );
}

export function decideAdvice(ranked: readonly RankedTopic[], lang: Lang, topics: TopicTable): Decision {
  const [best] = ranked;
  if (!hasEnoughEvidence(best)) return { kind: 'nothing' };
  const alternatives = ranked.slice(1, 1 + MAX_ALTERNATIVES).map((other) => ({
    topicId: topics.id(other.topic),
    counterId: other.counterId,
    score: round(other.score / best.score),
  }));

  const contenders = ranked.filter(
    (other) =>
      (other.score >= best.score * CLOSE_SCORE_RATIO && other.explained >= best.explained * CONTENDER_EXPLAINED_RATIO) ||
      (other.explainedWords === best.explainedWords &&
        other.distinctive === best.distinctive &&
        other.score >= best.score * SAME_EVIDENCE_SCORE_RATIO),
  );
  const counters = new Set(contenders.map((other) => other.counterId));
  if (counters.size > 1) {
    const clarify = clarifyBetween(contenders, lang, topics);
    if (clarify !== null) return { kind: 'clarify', clarify, alternatives };
  }
  return { kind: 'advise', best, alternatives };
}

function round(ratio: number): number {
  return Math.round(Math.min(1, Math.max(0, ratio)) * 1000) / 1000;
}
