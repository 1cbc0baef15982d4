// TEMPORARY in branch `editor`: replaced by the `plain` branch's dispatcher at merge.
import { convertSpoken } from '../spoken/convert';
import type { Conversion, SourceForm } from './types';

export function convertToLatex(text: string, _options: { form?: SourceForm } = {}): Conversion {
  return convertSpoken(text);
}
