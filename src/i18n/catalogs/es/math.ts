import type { math as english } from '../en/math';
import type { Translation } from '../translation';

export const math: Translation<typeof english> = {};
