/** A text in Chinese (zh-CN or the paper's own characters) and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * What every statechart state carries in `meta`: its name in both languages, the paper's sentence
 * when there is one (zh copied exactly from the seed text), and where in the paper it comes from.
 */
export interface StateMeta {
  zh: string;
  en: string;
  quote?: Bilingual;
  /** further sentences of the paper that belong to this state (zh exact, as quote) */
  notes?: Bilingual[];
  /** 'paper §…' naming the paper's section, or 'assumption: …' when the paper is silent */
  source: string;
}

/** A number with its unit and provenance: a paper figure, or the label *assumption*. */
export interface Quantity {
  value: number;
  unit: string;
  label: 'assumption' | 'paper';
  /** why this value; for an assumption, what it stands in for */
  note: string;
}
