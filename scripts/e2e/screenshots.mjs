// `npm run screenshots`: regenerates the README's screenshots (images/hover.png, panel.png,
// report.png, report-coverage.png). The end-to-end suite takes them while it drives the
// extension, so they show what a reader sees; this runs the suite with --images and without the
// integration tests. The .vsix leaves images/ out (.vscodeignore is an allow-list).
import { runEndToEnd } from './run.mjs';

process.exit(await runEndToEnd({ images: true, integration: false }));
