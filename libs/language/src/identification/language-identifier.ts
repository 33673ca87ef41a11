import { eld } from 'eld/medium';
import { type Script, scriptProfile } from './script-profile.ts';
import { swahiliScore } from './swahili.ts';

export interface IdentifiedLanguage {
  /** ISO 639-1 where one exists, else ISO 639-3; `und` when nothing can be said. */
  language: string;
  /** What decided: the author's declaration, the writing system, or the statistical model. */
  source: 'declared' | 'script' | 'model';
  /** 0–1: share of the text's letters that support the answer (script) or the model's margin. */
  confidence: number;
}

/** Scripts that name their language outright (within the languages we serve). */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  han: 'zh',
  kana: 'ja',
  hangul: 'ko',
  thai: 'th',
  lao: 'lo',
  khmer: 'km',
  myanmar: 'my',
  ethiopic: 'am',
  devanagari: 'hi',
  bengali: 'bn',
  gurmukhi: 'pa',
  gujarati: 'gu',
  tamil: 'ta',
  telugu: 'te',
  kannada: 'kn',
  malayalam: 'ml',
  sinhala: 'si',
  hebrew: 'he',
  greek: 'el',
  armenian: 'hy',
  georgian: 'ka',
};

/** The languages each script can carry, to judge whether a declaration is credible. */
const LATIN_LANGUAGES = ['en', 'pt', 'es', 'fr', 'id', 'ms', 'tr', 'vi', 'de', 'sw', 'it', 'nl', 'pl'];
const MODEL_LANGUAGES = ['en', 'pt', 'es', 'fr', 'ms', 'tr', 'vi', 'de'];
eld.setLanguageSubset(MODEL_LANGUAGES);

/** Chinese runs are dense: a fifth of the letters in Han means Chinese text with Latin terms in it. */
const HAN_SHARE_FOR_CHINESE = 0.2;

/**
 * The language of a posting's text. A declared language is kept when the text's writing system
 * can carry it (and, for Latin-script text, the model does not clearly disagree). Otherwise the
 * script decides (Han → zh, Thai, Ethiopic → am, Devanagari → hi, Arabic script → ar or fa by
 * letters, Cyrillic → ru/uk/kk by letters), and Latin-script text goes to a statistical model
 * restricted to our languages (Malay answers map to Indonesian), with a rule for Swahili.
 */
export function identifyLanguage(text: string, declared?: string | null): IdentifiedLanguage {
  const { counts, letters } = scriptProfile(text);
  if (letters === 0) return { language: declared ?? 'und', source: declared ? 'declared' : 'script', confidence: 0 };
  const share = (s: Script) => (counts.get(s) ?? 0) / letters;
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const script: Script = share('han') >= HAN_SHARE_FOR_CHINESE && dominant !== 'kana' ? 'han' : dominant;
  const byScript = scriptLanguage(script, text);
  const latin = script === 'latin' ? latinLanguage(text) : undefined;

  if (declared && credible(declared, script, latin)) {
    return { language: declared, source: 'declared', confidence: Math.max(share(script), 0.5) };
  }
  if (byScript) return { language: byScript, source: 'script', confidence: share(script) };
  if (latin) return { language: latin.language, source: 'model', confidence: latin.confidence };
  return { language: 'und', source: 'script', confidence: 0 };
}

function scriptLanguage(script: Script, text: string): string | undefined {
  if (script === 'arabic') return arabicScriptLanguage(text);
  if (script === 'cyrillic') return cyrillicLanguage(text);
  return SCRIPT_LANGUAGE[script];
}

/** Persian, Urdu and Arabic share a script; their own letters tell them apart. */
function arabicScriptLanguage(text: string): string {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const urdu = count(/[ٹڈڑںےھ]/g);
  const persian = count(/[پچژگکی]/g);
  const arabic = count(/[ةيكىأإؤئ]/g);
  if (urdu > persian && urdu > arabic) return 'ur';
  return persian > arabic ? 'fa' : 'ar';
}

function cyrillicLanguage(text: string): string {
  if (/[ҚқҒғҰұҮүӘәӨөҺһ]/.test(text)) return 'kk';
  if (/[ЇїЄєҐґІі]/.test(text) && !/[ЫыЭэЁё]/.test(text)) return 'uk';
  return 'ru';
}

interface LatinGuess {
  language: string;
  confidence: number;
  reliable: boolean;
  /** The model's score of each language, relative to the best (1 for the best). */
  relative: Record<string, number>;
}

function latinLanguage(text: string): LatinGuess {
  const sw = swahiliScore(text);
  if (sw >= 0.12) return { language: 'sw', confidence: Math.min(1, sw * 3), reliable: true, relative: { sw: 1 } };
  const result = eld.detect(text);
  const scores = result.getScores();
  const ranked = Object.values(scores).sort((a, b) => b - a);
  const top = ranked[0] || 1;
  const relative = Object.fromEntries(Object.entries(scores).map(([l, v]) => [l === 'ms' ? 'id' : l, v / top]));
  const margin = ranked.length > 1 ? (ranked[0]! - ranked[1]!) / top : 1;
  const language = result.language === 'ms' ? 'id' : result.language || 'en';
  return { language, confidence: Math.max(0, Math.min(1, margin)), reliable: result.isReliable(), relative };
}

/** A declared Latin-script language stands unless the model scores it well below its best guess. */
const DECLARED_MIN_RELATIVE_SCORE = 0.85;

function credible(declared: string, script: Script, latin?: LatinGuess): boolean {
  if (script === 'latin') {
    if (!LATIN_LANGUAGES.includes(declared)) return false;
    if (!latin || !latin.reliable || latin.language === declared) return true;
    const score = latin.relative[declared];
    // Languages the model does not know (sw, it, …) cannot be judged by it: trust the author.
    return score === undefined ? declared !== 'sw' || latin.language === 'sw' : score >= DECLARED_MIN_RELATIVE_SCORE;
  }
  if (script === 'arabic') return ['ar', 'fa', 'ur'].includes(declared);
  if (script === 'cyrillic') return ['ru', 'uk', 'kk', 'be', 'bg', 'sr', 'mk'].includes(declared);
  if (script === 'han') return ['zh', 'ja'].includes(declared);
  return SCRIPT_LANGUAGE[script] === declared;
}
