import { CreateSchemaSupport1763683200000 } from './1763683200000-create-schema-support.ts';
import { CreatePostings1763769600000 } from './1763769600000-create-postings.ts';
import { AddPostingImportFields1795132800000 } from './1795132800000-add-posting-import-fields.ts';
import { CreateMatchLists1795219200000 } from './1795219200000-create-match-lists.ts';
import { CreateMatchRuns1795305600000 } from './1795305600000-create-match-runs.ts';
import { CreatePostingEnrichment1795392000000 } from './1795392000000-create-posting-enrichment.ts';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  CreateSchemaSupport1763683200000,
  CreatePostings1763769600000,
  AddPostingImportFields1795132800000,
  CreateMatchLists1795219200000,
  CreateMatchRuns1795305600000,
  CreatePostingEnrichment1795392000000,
];
