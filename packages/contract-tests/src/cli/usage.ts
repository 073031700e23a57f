import { DEFAULT_RUNS } from '../run/options.js';
import { suiteModel } from '../spec/suite-model.js';
import { ENV } from './args.js';

/** The `--help` text, with the auth names of the spec. */
export function usage(): string {
  const { tokenHeader, signing } = suiteModel();
  return `Usage: desktop-api-contract --base-url URL --project-id ID (--ak KEY --sk SECRET [--security-token T] | --token T) [options]

Runs the contract suite against an implementation and reports where it departs from the spec. The credentials
are tried first: if the target rejects them, the run stops (exit 2) before any scenario.

Target and credentials (flags win over environment variables; prefer the variables for secrets):
  --base-url URL            implementation to test                       ${ENV.baseUrl}
  --project-id ID           project the credentials belong to            ${ENV.projectId}
  --ak KEY --sk SECRET      AK/SK, signed with ${(signing?.algorithm ?? 'the signing scheme').padEnd(21)}${ENV.ak}, ${ENV.sk}
  --security-token T        with temporary AK/SK                          ${ENV.securityToken}
  --token T                 IAM token sent as ${(tokenHeader ?? 'a token header').padEnd(28)}${ENV.token}
  --forbidden-ak/-sk        credentials without the permission            ${ENV.forbiddenAk}, ${ENV.forbiddenSk}

Run:
  --provisioner P           sandbox | command:'CMD' | none (default none)
                              sandbox: the /_sandbox admin API at the base URL
                              command: CMD prints a fresh desktop id on stdout (gets PROJECT_ID, BASE_URL)
  --profile P               strict (default) | rfc-lenient | real-cloud
  --seed N                  seed of generated values (printed; replays a run)
  --runs N                  cases per property (default ${DEFAULT_RUNS})
  --only S1,O2,P1           run only these scenarios (O2: for every operation; O2:<operationId>: one; see --list)
  --report junit=PATH,json=PATH
  --max-response-time MS    enable max_response_time
  --concurrency N  --rate-limit N (requests/s)  --max-desktops N  --timeout MS (per request)
  --strict-booleans         reject True/1/0 spellings and duplicated flags as invalid
  --allow-empty             exit 0 even if no check ran
  --insecure                accept self-signed TLS certificates
  --list  --help  --version

Exit codes: 0 all checks passed, 1 contract failures, 2 usage or harness error.`;
}
