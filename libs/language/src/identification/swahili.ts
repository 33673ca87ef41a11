/**
 * Share of a text's words that are frequent Swahili function words or carry its most common
 * verb/noun-class prefixes. No model we can install knows Swahili; this rule tells it from the
 * other Latin-script languages we serve, whose texts score near zero.
 */
const FUNCTION_WORDS = new Set([
  'ya',
  'wa',
  'za',
  'la',
  'kwa',
  'na',
  'katika',
  'ni',
  'cha',
  'vya',
  'hii',
  'hiyo',
  'kutoka',
  'kama',
  'pia',
  'au',
  'lakini',
  'ambayo',
  'ambao',
  'kuhusu',
  'zaidi',
  'kila',
  'baada',
  'kabla',
  'wakati',
  'sana',
  'hizi',
]);
const PREFIXED = /^(ku|wa|mw|vi|ki|zi|ni|tu|mu|li|ya|ha|hu|ali|ana|ata|ame|wali|wana|wata|kuto)[a-z]{3,}$/;

export function swahiliScore(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const prefixed = words.filter((w) => PREFIXED.test(w)).length;
  return (functionWords + 0.3 * prefixed) / words.length;
}
