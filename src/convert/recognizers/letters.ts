/** The letters of a line (every `\p{L}`, in order): one replace, not kept in a module memo. */
export function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}
