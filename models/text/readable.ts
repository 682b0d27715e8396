/**
 * The seed text is a web scrape of the paper in traditional characters with inline pinyin glosses
 * after some characters ("發(fā)展") and a few corrupted runs ("?dāng)?shù)"). Quotes keep those bytes so
 * tests can prove they are the paper's own words; these helpers make them readable.
 */

const PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const GLOSS = new RegExp(`\\([${PINYIN}]+\\)`, 'g');
const CORRUPT = new RegExp(`\\?[${PINYIN}]+\\)`, 'g');

/** Removes the seed text's inline pinyin glosses and corrupted runs from a quote; pure. */
export function readableZh(quote: string): string {
  return quote.replace(CORRUPT, '').replace(GLOSS, '');
}
