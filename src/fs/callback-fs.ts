import { appendFile as appendFileCb, readFile as readFileCb, stat as statCb } from 'node:fs';
import { promisify } from 'node:util';

// node:fs's callback calls behind promises, for the modules every run loads:
// node:fs/promises (and the readline and file-watcher modules it brings)
// cost each start ≈2.5 ms.
export const readFile = promisify(readFileCb);
export const stat = promisify(statCb);
export const appendFile = promisify(appendFileCb);
