export const math = {} as const;
