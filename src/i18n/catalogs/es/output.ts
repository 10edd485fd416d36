import type { output as english } from '../en/output';
import type { Translation } from '../translation';

export const output: Translation<typeof english> = {};
