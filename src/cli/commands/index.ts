import type { CommandModule } from 'yargs';
import { diffCommand } from './diff.js';
import { summaryCommand } from './summary.js';
import { snapshotCommand } from './snapshot.js';
import { reviewCommand } from './review.js';
import { startCommand } from './start.js';

/** Every command, one module each (command, describe, builder, handler). Add new ones here. */
export const commands: CommandModule<any, any>[] = [diffCommand, summaryCommand, snapshotCommand, reviewCommand, startCommand];
