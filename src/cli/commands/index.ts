import type { CommandModule } from 'yargs';
import { diffCommand } from './diff.js';
import { summaryCommand } from './summary.js';
import { snapshotCommand } from './snapshot.js';

/** Every command, one module each (command, describe, builder, handler). Add new ones here. */
export const commands: CommandModule<any, any>[] = [diffCommand, summaryCommand, snapshotCommand];
