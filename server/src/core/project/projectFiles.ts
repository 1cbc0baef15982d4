/** How core/ reaches the other files of a project. The server reads open documents first, then
 * disk inside the workspace; the CLI reads disk; tests pass an in-memory map. */
export interface ProjectFiles {
  /** The text of the file, or undefined when it does not exist or cannot be read. */
  read(uri: string): string | undefined;
  /** The TeX files (.tex, .sty, .cls, .ltx) that may include others, for finding a file's root. */
  texFiles(): Iterable<string>;
}
