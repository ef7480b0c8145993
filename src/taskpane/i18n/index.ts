// The pane's texts by language. Add a language: a file typed as `Strings`, and one entry here.

import type { Lang } from '../../core/types';
import { en } from './en';
import { vi, Strings } from './vi';

export type { Strings };

export const STRINGS: Record<Lang, Strings> = { vi, en };
