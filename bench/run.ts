// `npm run bench`: prints figures against their targets. Benchmarks, not timed tests: shared
// machines make timing assertions flaky, so nothing here fails the build.
import './evaluate.bench';
import './analysis.bench';
import './timeline.bench';
import './cli.bench';
import './lint.bench';
import './server.bench';
import './web.bench';
import './letters.bench';
