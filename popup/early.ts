// The popup's first script: a small classic one in the page's head, run while the popup's
// module (~40 KB) is still being fetched. It opens IndexedDB and starts the first screen's
// reads, which the module picks up (src/db/read.ts); without it the reads would start only
// once the module has arrived and run.
import { startEarlyRead } from '../src/db/read';

startEarlyRead();
