import type { charts as english } from '../en/charts';
import type { Translation } from '../translation';

export const charts: Translation<typeof english> = {};
