import {
  DOCUMENT_TITLE, INITIATIVE_ADVERBS, INITIATIVE_LEAD, INITIATIVE_SUBJECTS, INITIATIVE_VERBS, PROGRAMME_QUOTE,
} from './rules.js';

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * Verb-led clause: optional subject, then any adverbs, a phrase of what it
 * acts on or how (`对…`, `把…`, `以…`: gov 2009 `对艾滋病…患者实施免费救治`,
 * `继续以市场化方式筹集专项建设基金`), any adverbs again, then an action verb.
 */
const VERB_LED = new RegExp(
  `^(?:(?:${alt(INITIATIVE_SUBJECTS)})[，,]?)?(?:${alt(INITIATIVE_ADVERBS)})*(?:(?:对|把|以)[^，,。；]{1,20}?)?(?:${alt(INITIATIVE_ADVERBS)})*(?:${alt(INITIATIVE_VERBS)})`,
);

/**
 * True when a clause names an initiative: it is led by an action verb
 * (acftu `扎实推进工匠学院建设`, `全总和各级工会迅即行动` is not), or names a
 * programme in quotes (`“中国梦·劳动美”`) or a document in 《》.
 */
export function isInitiative(clause: string): boolean {
  const body = clause.trim().replace(INITIATIVE_LEAD, '');
  return VERB_LED.test(body) || PROGRAMME_QUOTE.test(clause) || DOCUMENT_TITLE.test(clause);
}
