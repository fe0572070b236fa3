// The baseline of the core bench: a plain SheetJS dense read of the file, nothing else, in plain Node.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';

const workbook = XLSX.read(new Uint8Array(readFileSync(process.argv[2])), { dense: true });
process.stdout.write(`${workbook.Sheets[workbook.SheetNames[0]]['!data'].length}\n`);
