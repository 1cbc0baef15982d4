import { cpus } from 'node:os';
import { loadHott } from './corpus';
import { derivationCorpus } from './derivationCorpus';
import { editRecheck } from './editRecheck';
import { equivalenceSpeed } from './equivalenceSpeed';
import { fullCheck } from './fullCheck';
import { hoverLatency } from './hoverLatency';
import { latexCoverage } from './latexCoverage';
import { readerAgreement } from './readerAgreement';
import { scanThroughput } from './scanThroughput';
import { plainForms } from './plainForms';
import { spokenCorpus } from './spokenCorpus';

/** Prints MathLens's figures on the HoTT book. Run from the project root: npm run bench. */
async function main(): Promise<void> {
  const files = loadHott();
  console.log(
    `MathLens benchmarks — node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`,
  );
  for (const line of scanThroughput(files)) console.log(line);
  for (const line of fullCheck(files)) console.log(line);
  for (const line of editRecheck(files)) console.log(line);
  for (const line of await hoverLatency(files)) console.log(line);
  for (const line of latexCoverage()) console.log(line);
  for (const line of equivalenceSpeed()) console.log(line);
  for (const line of readerAgreement()) console.log(line);
  for (const line of derivationCorpus()) console.log(line);
  for (const line of plainForms()) console.log(line);
  for (const line of await spokenCorpus()) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
