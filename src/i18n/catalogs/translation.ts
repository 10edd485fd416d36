/** A translation of one English area: exactly its keys, each a string (extra keys do not compile). */
export type Translation<Area> = { readonly [Key in keyof Area]: string };
