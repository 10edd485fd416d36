import type { controls as english } from '../en/controls';
import type { Translation } from '../translation';

export const controls: Translation<typeof english> = {};
