/** One technology concept: language-independent id, labels per language (first = preferred). */
export interface Concept {
  id: string;
  domain: string;
  broader: string[];
  ipc: string[];
  labels: Record<string, string[]>;
}

export interface ThesaurusFile {
  domain: string;
  concepts: {
    id: string;
    broader?: string[];
    ipc?: string[];
    labels: Record<string, string[]>;
  }[];
}

export interface ThesaurusProblem {
  file: string;
  concept?: string;
  problem: string;
}
