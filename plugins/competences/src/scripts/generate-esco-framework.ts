/**
 * Writes the ESCO ready framework's data from the ESCO download files, so that adopting it reads
 * one prepared file and needs no network:
 *
 *   npm run generate:esco -w @dots/plugin-competences [-- <folder holding v1.0.8/>]
 *
 * The folder defaults to the plugin's vendor/esco_nl (a copy of the shared ESCO files). A test
 * checks that the file written here still matches them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEscoTransversal } from '../server/ready-frameworks/esco-csv.js';
import { ESCO_DATA_FILE, ESCO_SOURCE_FOLDER } from '../server/ready-frameworks/esco-files.js';

const folder = process.argv[2] ? path.resolve(process.argv[2]) : ESCO_SOURCE_FOLDER;
const data = readEscoTransversal(folder);

writeFileSync(ESCO_DATA_FILE, `${JSON.stringify(data, null, 2)}\n`);
const skills = data.groups.reduce((sum, group) => sum + group.skills.length, 0);
console.log(`Wrote ${ESCO_DATA_FILE}: ${data.groups.length} groups, ${skills} skills.`);
