/**
 * Writes the ESCO ready framework's data into the plugin from the shared ESCO files, so that
 * adopting it needs neither the shared folder nor the network:
 *
 *   npm run generate:esco -w @dots/plugin-competences [-- <folder holding v1.0.8/>]
 *
 * The folder defaults to ../shared/data/esco_nl next to the repository. A test checks that the
 * file written here still matches the shared files.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEscoTransversal } from '../server/ready-frameworks/esco-csv.js';
import { ESCO_DATA_FILE, SHARED_ESCO_FOLDER } from '../server/ready-frameworks/esco-files.js';

const folder = process.argv[2] ? path.resolve(process.argv[2]) : SHARED_ESCO_FOLDER;
const data = readEscoTransversal(folder);

writeFileSync(ESCO_DATA_FILE, `${JSON.stringify(data, null, 2)}\n`);
const skills = data.groups.reduce((sum, group) => sum + group.skills.length, 0);
console.log(`Wrote ${ESCO_DATA_FILE}: ${data.groups.length} groups, ${skills} skills.`);
