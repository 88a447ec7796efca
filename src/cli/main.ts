import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { backupSqlite } from './backup.js';
import { createDemoCouple } from './demo.js';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  backup <file>     Write an online, consistent copy of the SQLite database to <file>.
                    (On PostgreSQL use pg_dump; see docs/OPERATIONS.md.)
  demo [--json]     Create a demo couple (two accounts, paired, encrypted like any other)
                    and print both sign-ins.`;

/** Mend's command line: operational tasks that act through the same code as the server. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  if (command === 'backup') {
    const target = rest[0];
    if (!target) {
      console.error('backup needs a target file, e.g. npm run cli -- backup backups/mend.db');
      return 2;
    }
    const pages = await backupSqlite(config.databaseUrl, target);
    console.log(`Backed up ${pages} pages to ${target}`);
    return 0;
  }
  if (command === 'demo') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
    const demo = await createDemoCouple(config);
    if (values.json) console.log(JSON.stringify(demo, null, 2));
    else {
      console.log('A demo couple is ready. Sign in at', config.publicUrl);
      for (const p of demo.people) console.log(`  ${p.displayName}: ${p.email} / ${p.password}`);
      console.log('Their recovery keys are in the --json output.');
    }
    return 0;
  }
  console.error(USAGE);
  return command ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
