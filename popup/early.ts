// The popup's first script: a small classic one in the page's head, run while the popup's
// module is still being fetched. It starts the first screen's read and asks for the current
// tab's address, which the module picks up; the whole start-up path is told in src/db/read.ts.
import { startEarlyRead } from '../src/db/read';
import { startTabUrl } from './tab-url';

startEarlyRead();
startTabUrl();
